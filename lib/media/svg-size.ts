/**
 * An SVG's size from its root element: `width` and `height` in pixels when both are given,
 * else from the `viewBox` (scaled to one given side). Undefined when it says neither, or says
 * it in units a page cannot reserve space for before it loads (%, em).
 */
export function svgSize(text: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(text.slice(0, 64 * 1024))?.[0];
  if (!root) return undefined;
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(root)?.[1]?.trim();
  const pixels = (value: string | undefined) => {
    const match = value === undefined ? null : /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value);
    return match ? Number(match[1]) : undefined;
  };
  const width = pixels(attr("width"));
  const height = pixels(attr("height"));
  if (width && height) return { width: Math.round(width), height: Math.round(height) };
  const box = attr("viewBox")
    ?.split(/[\s,]+/)
    .map(Number);
  if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) return undefined;
  const [, , boxWidth, boxHeight] = box as [number, number, number, number];
  if (boxWidth <= 0 || boxHeight <= 0) return undefined;
  const scale = width ? width / boxWidth : height ? height / boxHeight : 1;
  return { width: Math.round(boxWidth * scale), height: Math.round(boxHeight * scale) };
}
