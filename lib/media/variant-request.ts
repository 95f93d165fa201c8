import { MEDIA_NAME } from "./names";

/**
 * Resized copies of the site's raster images, for `srcset`. The set of widths is fixed and short,
 * so the copies an image can ever have are bounded (widths × formats), each made once and kept on
 * disk (variants.ts); any other width is refused, so an address cannot ask for endless sizes.
 */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const VARIANT_FORMATS = ["avif", "webp", "jpeg", "png"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export const VARIANT_TYPES: Record<VariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** Where a variant's source lives: an upload (data folder) or a file under public/images/. */
export type VariantSource = { kind: "media"; name: string } | { kind: "public"; path: string };

export type VariantRequest = { width: number; format: VariantFormat; source: VariantSource };
export type Refusal = { status: number; message: string };

export const UNKNOWN_WIDTH: Refusal = {
  status: 400,
  message: `Unknown width. Images come in widths ${VARIANT_WIDTHS.join(", ")}.`,
};
export const UNKNOWN_FORMAT: Refusal = {
  status: 400,
  message: `Unknown format. Images come as ${VARIANT_FORMATS.join(", ")}.`,
};
export const NO_SUCH_IMAGE: Refusal = { status: 404, message: "No such image." };

/** Raster files under public/images/ or public/assets/ that may be resized (SVG and GIF are served as they are). */
const PUBLIC_IMAGE =
  /^(?:images|assets)\/(?:[a-z0-9][a-z0-9_-]*\/){0,3}[a-z0-9][a-z0-9_-]*\.(?:png|jpe?g|webp|avif)$/i;
const MAX_SOURCE_PATH = 200;

/** The source an image address on this site names, or undefined when it has no variants. */
export function variantSourceOf(src: string): VariantSource | undefined {
  const relative = src.replace(/^\//, "");
  return sourceOfPath(relative);
}

function sourceOfPath(relative: string): VariantSource | undefined {
  if (relative.length > MAX_SOURCE_PATH) return undefined;
  const media = /^media\/([^/]+)$/.exec(relative);
  if (media)
    return MEDIA_NAME.test(media[1]!) && !media[1]!.endsWith(".gif")
      ? { kind: "media", name: media[1]! }
      : undefined;
  return PUBLIC_IMAGE.test(relative) ? { kind: "public", path: relative } : undefined;
}

/** Reads `/img/<width>/<format>/<source…>`; anything not in the fixed sets is refused. */
export function parseVariantRequest(
  width: string,
  format: string,
  source: string[],
): VariantRequest | Refusal {
  const w = Number(width);
  // One spelling per width ("0640" is refused): each copy has one address and one cache entry.
  if (String(w) !== width || !(VARIANT_WIDTHS as readonly number[]).includes(w))
    return UNKNOWN_WIDTH;
  if (!(VARIANT_FORMATS as readonly string[]).includes(format)) return UNKNOWN_FORMAT;
  const found = sourceOfPath(source.join("/"));
  if (!found) return NO_SUCH_IMAGE;
  return { width: w, format: format as VariantFormat, source: found };
}

export const isRefusal = (value: VariantRequest | Refusal): value is Refusal => "status" in value;

/** The address of one variant: `/img/640/avif/media/photo.jpg`. */
export const variantUrl = (src: string, width: number, format: VariantFormat) =>
  `/img/${width}/${format}${src.startsWith("/") ? src : `/${src}`}`;

/**
 * The `srcset` candidates for an image `intrinsic` pixels wide: every fixed width below it, then
 * one copy at its own width (asked for as the next fixed width, which is never enlarged). A
 * 4,000 px photo gets 320…1920; an 800 px one 320, 640 and itself.
 */
export function candidatesFor(intrinsic: number): { request: number; width: number }[] {
  const candidates: { request: number; width: number }[] = [];
  for (const width of VARIANT_WIDTHS) {
    if (width < intrinsic) candidates.push({ request: width, width });
    else return [...candidates, { request: width, width: intrinsic }];
  }
  return candidates;
}

/** The width a variant is made at: the one asked for, but never wider than the source. */
export const outputWidth = (requested: number, intrinsic: number) => Math.min(requested, intrinsic);

/** The format for browsers that take neither AVIF nor WebP: JPEG for photos, PNG otherwise. */
export const fallbackFormat = (src: string): VariantFormat =>
  /\.jpe?g$/i.test(src) ? "jpeg" : "png";
