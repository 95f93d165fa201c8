import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/**
 * A stand-in for a photo from a phone: 4,000 × 3,000 pixels of soft colour with grain, so it
 * compresses like a real one (about 3 MB as JPEG at quality 90) rather than like a flat test card.
 * The same bytes every time (a fixed seed), so measurements compare.
 */
export const PHONE_PHOTO = { width: 4000, height: 3000 };

export async function phonePhotoJpeg(): Promise<Buffer> {
  const { width, height } = PHONE_PHOTO;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const grain = (random() - 0.5) * 18;
      const wave = 40 * Math.sin(x / 170) * Math.cos(y / 130);
      pixels[i] = clamp(120 + (x / width) * 90 + wave + grain);
      pixels[i + 1] = clamp(150 - (y / height) * 70 + wave / 2 + grain);
      pixels[i + 2] = clamp(90 + ((x + y) / (width + height)) * 120 - wave + grain);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

/** The uploads the phone-photo post shows (test-posts.ts), as if a mentor had uploaded them. */
export const PHONE_PHOTO_NAME = "e2e-phone-photo.jpg";
export const SECOND_PHOTO_NAME = "e2e-second-photo.jpg";

export async function writePhonePhotos(dataDir: string): Promise<void> {
  const media = path.join(dataDir, "media");
  await fs.mkdir(media, { recursive: true });
  const photo = await phonePhotoJpeg();
  await fs.writeFile(path.join(media, PHONE_PHOTO_NAME), photo);
  const second = await sharp(photo).resize({ width: 1600 }).jpeg({ quality: 85 }).toBuffer();
  await fs.writeFile(path.join(media, SECOND_PHOTO_NAME), second);
}
