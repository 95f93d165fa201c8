import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/components/mdx/render-post";

async function html(source: string): Promise<string> {
  const { content } = await renderMarkdown(source, "mdx", "posts/a11y.mdx");
  return renderToStaticMarkup(content);
}

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("accessible MDX output", () => {
  it("names each task-list checkbox after its item", async () => {
    const out = await html(
      "- [x] Ship the release\n- [ ] Write the *notes*\n  - [ ] nested step\n",
    );
    expect(out).toMatch(
      /<input[^>]*checked[^>]*aria-label="Ship the release"|<input[^>]*aria-label="Ship the release"[^>]*checked/,
    );
    expect(out).toContain('aria-label="Write the notes"');
    expect(out).toContain('aria-label="nested step"');
  });

  it("colours code in the light theme with at least 4.5:1 contrast", async () => {
    const source = [
      "```ts",
      "// a comment that must stay readable",
      'import { readFile } from "node:fs/promises";',
      "export async function load(path: string): Promise<number> {",
      "  const text = await readFile(path, `utf8`);",
      "  return text.length * 2 + 0x1f; // numbers, operators, template strings",
      "}",
      "```",
      "",
      "```diff",
      "- removed line",
      "+ added line",
      "```",
    ].join("\n");
    const out = await html(source);
    const colours = [...out.matchAll(/style="color:(#[0-9A-Fa-f]{6})/g)].map((m) => m[1]!);
    expect(colours.length).toBeGreaterThan(5);
    for (const colour of new Set(colours))
      expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
  });
});
