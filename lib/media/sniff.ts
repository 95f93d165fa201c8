import { imageSize } from "image-size";
import { MediaError } from "./errors";
import { MAX_PIXELS, MAX_UPLOAD_BYTES, NOT_AN_IMAGE_MESSAGE, TOO_BIG_MESSAGE } from "./limits";

export const MEDIA_TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
} as const;
export type MediaExtension = keyof typeof MEDIA_TYPES;

export { MAX_PIXELS, MAX_UPLOAD_BYTES } from "./limits";

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** The image type from the file's first bytes; the name and the browser's claim are ignored. */
export function sniffImageType(bytes: Uint8Array): MediaExtension | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0x89 && ascii(bytes, 1, 8) === "PNG\r\n\x1a\n") return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpg";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (ascii(bytes, 4, 8) === "ftyp" && ["avif", "avis"].includes(ascii(bytes, 8, 12)))
    return "avif";
  return undefined;
}

export type CheckedImage = { extension: MediaExtension; width: number; height: number };

/** The image type a file name claims, for the names of the types we accept. */
const CLAIMED = new Map<string, MediaExtension>([
  ["png", "png"],
  ["jpg", "jpg"],
  ["jpeg", "jpg"],
  ["jpe", "jpg"],
  ["jfif", "jpg"],
  ["webp", "webp"],
  ["gif", "gif"],
  ["avif", "avif"],
]);
const LABEL: Record<MediaExtension, string> = {
  png: "PNG",
  jpg: "JPEG",
  webp: "WebP",
  gif: "GIF",
  avif: "AVIF",
};

/**
 * Checks an upload's header, before anything decodes it; throws a MediaError (a message fit to
 * show the mentor) when it is refused. The bytes decide the type; a file whose name claims another
 * image type is refused too, as a disguised file would be. strip-metadata.ts then decodes it.
 */
export function checkImage(bytes: Uint8Array, fileName?: string): CheckedImage {
  if (bytes.length === 0) throw new MediaError("The file is empty.");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new MediaError(TOO_BIG_MESSAGE);
  const extension = sniffImageType(bytes);
  if (!extension) throw new MediaError(NOT_AN_IMAGE_MESSAGE);
  const claimed = CLAIMED.get(/\.([^.]+)$/.exec(fileName ?? "")?.[1]?.toLowerCase() ?? "");
  if (claimed && claimed !== extension)
    throw new MediaError(
      `This file is named as a ${LABEL[claimed]} image but holds a ${LABEL[extension]} image. ` +
        "Save it under the right extension and upload it again.",
    );
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    throw new MediaError("This image file is damaged or incomplete.");
  }
  const { width = 0, height = 0 } = size;
  if (!width || !height) throw new MediaError("This image file is damaged or incomplete.");
  if (width * height > MAX_PIXELS) throw new MediaError("Images may have at most 40 megapixels.");
  return { extension, width, height };
}
