import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata, type Sharp } from "sharp";
import { createFileAtomic } from "@/lib/data/atomic-write";
import { dataRoot } from "@/lib/data/paths";
import { processGlobal } from "@/lib/data/process-global";
import { inDecodeSlot } from "./decode-slot";
import { MAX_PIXELS } from "./limits";
import { readRegularFile, statRegularFile } from "./regular-file";
import { MAX_SOURCE_BYTES, siteImageFile } from "./site-image";
import {
  NO_SUCH_IMAGE,
  outputWidth,
  VARIANT_TYPES,
  type Refusal,
  type VariantFormat,
  type VariantRequest,
} from "./variant-request";

/**
 * Resized copies, made on a reader's first request and kept in `<data>/cache/image-variants/`.
 * A variant endpoint is an easy way to make a server burn CPU, so: widths and formats come from
 * fixed lists (variant-request.ts); sources are our own files, at most 20 MB and 40 megapixels;
 * each copy is made once (requests for one that is being made wait for it); copies are made one at
 * a time in the same slot as uploads (decode-slot.ts), with at most MAX_WAITING waiting, beyond
 * which readers get 503 and a Retry-After (the page's other sizes and the original still load).
 */
export const MAX_WAITING = 16;
export const BUSY: Refusal = {
  status: 503,
  message: "Busy resizing images. Try again in a moment.",
};
export const TOO_LARGE_TO_RESIZE: Refusal = {
  status: 422,
  message: "This image is too large to resize.",
};

/** The account id variants queue under in the decode slot: they take turns with uploads. */
const VARIANT_QUEUE = "reader-image-variants";

// One thread for image work (as for uploads): the readers keep the other core.
sharp.concurrency(1);

const state = processGlobal("media-variants", () => ({
  making: new Map<string, Promise<Buffer | Refusal>>(),
}));

export const variantsDir = () => path.join(dataRoot(), "cache", "image-variants");
/** A folder per source, a name per version of it: a replaced file never serves an old copy. */
const folderOf = (src: string) =>
  path.join(variantsDir(), createHash("sha256").update(src).digest("hex").slice(0, 32));

/** Forgets an image's copies (its upload was deleted): the cache holds only images in use. */
export async function removeVariants(src: string): Promise<void> {
  await fs.rm(/*turbopackIgnore: true*/ folderOf(src), { recursive: true, force: true });
}

/** The bytes of one variant, made now if needed; or why not. */
export async function variantFor(
  request: VariantRequest,
): Promise<{ bytes: Buffer; type: string } | Refusal> {
  const src =
    request.source.kind === "media" ? `/media/${request.source.name}` : `/${request.source.path}`;
  const file = siteImageFile(src);
  if (!file) return NO_SUCH_IMAGE;
  // Only the source's stat on the way to a kept copy: its bytes are read when a copy is made.
  const stat = await statRegularFile(file);
  if (!stat) return NO_SUCH_IMAGE;
  if (stat.size > MAX_SOURCE_BYTES) return TOO_LARGE_TO_RESIZE;
  const folder = folderOf(src);
  const stamp = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
  const cached = path.join(folder, `${stamp}-${request.width}.${request.format}`);
  const type = VARIANT_TYPES[request.format];
  const stored = await readRegularFile(cached);
  if (stored) return { bytes: stored.bytes, type };

  let making = state.making.get(cached);
  if (!making) {
    if (state.making.size >= MAX_WAITING) return BUSY;
    making = make(file, request, folder, stamp, cached).finally(() => state.making.delete(cached));
    state.making.set(cached, making);
  }
  const result = await making;
  return Buffer.isBuffer(result) ? { bytes: result, type } : result;
}

async function make(
  file: string,
  request: VariantRequest,
  folder: string,
  stamp: string,
  cached: string,
): Promise<Buffer | Refusal> {
  const output = await inDecodeSlot(VARIANT_QUEUE, async () => {
    const source = await readRegularFile(file, MAX_SOURCE_BYTES);
    return source ? resize(source.bytes, request) : NO_SUCH_IMAGE;
  });
  if (!Buffer.isBuffer(output)) return output;
  await fs.mkdir(/*turbopackIgnore: true*/ folder, { recursive: true });
  await createFileAtomic(cached, output).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  await removeOtherVersions(folder, stamp);
  return output;
}

async function resize(bytes: Buffer, request: VariantRequest): Promise<Buffer | Refusal> {
  const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" });
  let meta: Metadata;
  try {
    meta = await image.metadata();
  } catch {
    return NO_SUCH_IMAGE;
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) return TOO_LARGE_TO_RESIZE;
  const turned = (meta.orientation ?? 1) >= 5;
  const intrinsic = (turned ? meta.height : meta.width) ?? 0;
  const pipeline = image
    .rotate()
    .resize({ width: outputWidth(request.width, intrinsic), withoutEnlargement: true });
  try {
    return await encode(pipeline, request.format).timeout({ seconds: 30 }).toBuffer();
  } catch {
    return TOO_LARGE_TO_RESIZE;
  }
}

/** Qualities chosen for photos on phones: visually clean, a fraction of the original's bytes. */
function encode(pipeline: Sharp, format: VariantFormat): Sharp {
  switch (format) {
    case "avif":
      return pipeline.avif({ quality: 50, effort: 2 });
    case "webp":
      return pipeline.webp({ quality: 72 });
    case "jpeg":
      return pipeline.jpeg({ quality: 75, progressive: true, mozjpeg: true });
    case "png":
      return pipeline.png({ compressionLevel: 9 });
  }
}

/** Copies of an older version of the same source are never asked for again. */
async function removeOtherVersions(folder: string, stamp: string): Promise<void> {
  const names = await fs.readdir(/*turbopackIgnore: true*/ folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => !name.startsWith(`${stamp}-`) && !name.startsWith("."))
      .map((name) => fs.rm(/*turbopackIgnore: true*/ path.join(folder, name), { force: true })),
  );
}
