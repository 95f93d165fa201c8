import "server-only";
import path from "node:path";
import sharp from "sharp";
import { publicDir } from "@/lib/data/content-paths";
import { mediaDir } from "@/lib/data/paths";
import { MAX_PIXELS } from "./limits";
import { MEDIA_NAME } from "./names";
import { readRegularFile, statRegularFile } from "./regular-file";
import { svgSize } from "./svg-size";

/**
 * What the reader's pages need to know about an image on this site before showing it: its size
 * (so the page keeps its place while it loads) and whether it can have resized variants. SVG and
 * GIF are served as they are: an SVG is sharp at any size, and resizing every frame of an animation
 * costs more than it saves.
 */
export type SiteImage = { width: number; height: number; kind: "raster" | "svg" | "gif" };

/** Larger files under public/ are shown as they are, never decoded on a reader's request. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const MAX_SVG_BYTES = 1024 * 1024;

const PUBLIC_FILE =
  /^(?:images|assets)\/(?:[a-z0-9][a-z0-9_-]*\/){0,3}[a-z0-9][a-z0-9_-]*\.(?:png|jpe?g|webp|avif|gif|svg)$/i;

/** The file behind a site address (`/media/x.jpg`, `/images/x.svg`), or undefined. */
export function siteImageFile(src: string): string | undefined {
  const relative = src.replace(/^\//, "");
  const media = /^media\/([^/]+)$/.exec(relative);
  if (media) return MEDIA_NAME.test(media[1]!) ? path.join(mediaDir(), media[1]!) : undefined;
  return PUBLIC_FILE.test(relative) ? path.join(publicDir(), relative) : undefined;
}

/** Known sizes, by file and version (size and change time); bounded so it cannot grow forever. */
const known = new Map<string, { stamp: string; image: SiteImage | undefined }>();
const MAX_KNOWN = 2000;

/** An image's size and kind, or undefined when it is missing or unreadable (shown as it was). */
export async function siteImage(src: string): Promise<SiteImage | undefined> {
  const file = siteImageFile(src);
  if (!file) return undefined;
  const stat = await statRegularFile(file);
  if (!stat) return undefined;
  const stamp = `${stat.size}-${stat.mtimeMs}`;
  const cached = known.get(file);
  if (cached?.stamp === stamp) return cached.image;
  const image = await measure(file).catch(() => undefined);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(file, { stamp, image });
  return image;
}

async function measure(file: string): Promise<SiteImage | undefined> {
  const svg = file.toLowerCase().endsWith(".svg");
  const read = await readRegularFile(file, svg ? MAX_SVG_BYTES : MAX_SOURCE_BYTES);
  if (!read) return undefined;
  if (svg) {
    const size = svgSize(read.bytes.toString("utf8"));
    return size && { ...size, kind: "svg" };
  }
  // Only the header is read: no pixels are decoded to measure.
  const meta = await sharp(read.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  if (!meta.width || !meta.height) return undefined;
  if (meta.format === "gif")
    return { width: meta.width, height: meta.pageHeight ?? meta.height, kind: "gif" };
  // EXIF orientations 5–8 turn the picture a quarter: the variants are turned upright.
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    kind: "raster",
  };
}
