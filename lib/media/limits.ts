/**
 * What an upload may be, in one place: the server checks the bytes (sniff.ts), and the editor
 * checks the same limits first so a mentor hears at once, without sending 30 MB for nothing.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** 40 megapixels: larger images are refused before anything decodes them (a "pixel bomb"). */
export const MAX_PIXELS = 40_000_000;

/** The types a browser may report for the images we take (the bytes decide on the server). */
export const ACCEPTED_IMAGE_TYPES = [
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/gif",
  "image/avif",
];

export const TOO_BIG_MESSAGE = "Images may be at most 5 MB.";
export const NOT_AN_IMAGE_MESSAGE =
  "Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded (SVG is not accepted).";
