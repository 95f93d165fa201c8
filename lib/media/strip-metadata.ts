import "server-only";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { MediaError } from "./errors";
import { MAX_PIXELS, MAX_UPLOAD_BYTES, type CheckedImage, type MediaExtension } from "./sniff";

/**
 * Photos carry more than pixels: EXIF (camera, date, GPS position), XMP, IPTC, comments, and any
 * bytes appended after the image. Every upload is decoded and encoded again, so only the pixels
 * reach the site: turned upright first (the EXIF orientation goes with the EXIF), in the same
 * format, with animation kept for GIF and WebP and the ICC colour profile kept (it describes
 * colours, not the photographer).
 */

/** The format name sharp reports for each type we accept (AVIF is read by its HEIF loader). */
const SHARP_FORMAT: Record<MediaExtension, string> = {
  png: "png",
  jpg: "jpeg",
  webp: "webp",
  gif: "gif",
  avif: "heif",
};

const DAMAGED = "This image file is damaged or incomplete.";

// One thread for image work: with one image processed at a time (decode-slot.ts), an upload
// uses at most one core of a small server, and the readers keep the other.
sharp.concurrency(1);

export type CleanImage = { bytes: Buffer; width: number; height: number };

export async function stripMetadata(bytes: Uint8Array, image: CheckedImage): Promise<CleanImage> {
  const animated = image.extension === "gif" || image.extension === "webp";
  // limitInputPixels counts every frame of an animation, so a frame bomb is never decoded. The
  // header is read without it, to refuse such a file with a message that says why.
  const open = (limit: number | false = MAX_PIXELS) =>
    sharp(bytes, { animated, limitInputPixels: limit, failOn: "error" });
  let metadata: Metadata;
  try {
    metadata = await open(false).metadata();
  } catch {
    throw new MediaError(DAMAGED);
  }
  if (metadata.format !== SHARP_FORMAT[image.extension]) throw new MediaError(DAMAGED);
  // Only GIF and WebP are read as animations; other formats keep their first image.
  const frames = animated ? (metadata.pages ?? 1) : 1;
  const frameHeight = (animated ? metadata.pageHeight : undefined) ?? metadata.height ?? 0;
  if ((metadata.width ?? 0) * frameHeight * frames > MAX_PIXELS) {
    throw new MediaError(
      "Animated images may have at most 40 megapixels in all their frames together.",
    );
  }
  // Lossy formats try a lower quality when the first result is over the size limit.
  for (const quality of [90, 75]) {
    let output: { data: Buffer; info: OutputInfo };
    try {
      output = await encode(open().rotate().keepIccProfile(), image.extension, quality, metadata)
        .timeout({ seconds: 60 })
        .toBuffer({ resolveWithObject: true });
    } catch (error) {
      if (/timeout/i.test((error as Error).message)) {
        throw new MediaError(
          "This image took too long to process. Save it at a smaller size and upload it again.",
        );
      }
      throw new MediaError(DAMAGED);
    }
    if (output.data.length <= MAX_UPLOAD_BYTES) {
      const { width, height, pageHeight } = output.info;
      return { bytes: output.data, width, height: pageHeight ?? height };
    }
    if (image.extension === "png" || image.extension === "gif") break;
  }
  throw new MediaError(
    "Saved without its hidden data, this image is still larger than 5 MB. " +
      "Save it smaller or at a lower quality, and upload it again.",
  );
}

function encode(pipeline: Sharp, extension: MediaExtension, quality: number, source: Metadata) {
  switch (extension) {
    case "jpg":
      return pipeline.jpeg({ quality, progressive: source.isProgressive === true });
    case "png":
      // A palette PNG stays one; as true colour it could grow several times over.
      return pipeline.png(source.isPalette ? { palette: true, quality: 100, dither: 0 } : {});
    case "webp":
      return pipeline.webp({ quality });
    case "gif":
      return pipeline.gif();
    case "avif":
      // AVIF is slow to encode; a low effort keeps a large photo to seconds on a small server.
      return pipeline.avif({ quality: quality === 90 ? 60 : 45, effort: 1 });
  }
}
