import "server-only";
import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { removeFile, writeFileAtomic } from "@/lib/data/atomic-write";
import { mediaDir } from "@/lib/data/paths";
import { getContentIndex } from "@/lib/content/load";
import { checkImage, MEDIA_TYPES, type MediaExtension } from "./sniff";

/** Stored names are generated: `<24 hex>.<type>`. Nothing a user typed becomes a path. */
export const MEDIA_NAME = /^[a-f0-9]{24}\.(png|jpg|webp|gif|avif)$/;

export const mediaUrl = (name: string) => `/media/${name}`;

export type MediaItem = {
  name: string;
  url: string;
  bytes: number;
  uploadedAt: string;
  usedBy: string[];
};

/** Checks and stores an upload; `fileName` is the name the browser sent, checked against the bytes. */
export async function saveUpload(
  bytes: Uint8Array,
  fileName?: string,
): Promise<{ name: string; url: string; width: number; height: number }> {
  const image = checkImage(bytes, fileName);
  const name = `${randomBytes(12).toString("hex")}.${image.extension}`;
  await writeFileAtomic(/*turbopackIgnore: true*/ path.join(mediaDir(), name), Buffer.from(bytes));
  return { name, url: mediaUrl(name), width: image.width, height: image.height };
}

/** Slugs of posts (drafts included) whose body or thumbnail uses this file. */
export function postsUsing(name: string): string[] {
  const url = mediaUrl(name);
  return getContentIndex()
    .posts.filter((post) => post.body.includes(url) || post.thumbnailSource === url)
    .map((post) => post.slug);
}

export async function listMedia(): Promise<MediaItem[]> {
  const names = (
    await fs.readdir(/*turbopackIgnore: true*/ mediaDir()).catch(() => [] as string[])
  ).filter((n) => MEDIA_NAME.test(n));
  const items = await Promise.all(
    names.map(async (name) => {
      // lstat: a link planted in the folder is neither listed nor followed (see readMedia).
      const stat = await fs
        .lstat(/*turbopackIgnore: true*/ path.join(mediaDir(), name))
        .catch(() => undefined);
      if (!stat?.isFile()) return undefined;
      return {
        name,
        url: mediaUrl(name),
        bytes: stat.size,
        uploadedAt: stat.mtime.toISOString(),
        usedBy: postsUsing(name),
      };
    }),
  );
  return items
    .filter((item): item is MediaItem => item !== undefined)
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
}

export async function deleteMedia(name: string): Promise<void> {
  if (!MEDIA_NAME.test(name)) throw new Error("No such file.");
  await removeFile(path.join(mediaDir(), name));
}

/** Reads a stored file for the media route; undefined when the name is not one of ours. */
export async function readMedia(
  name: string,
): Promise<{ bytes: Buffer; type: string } | undefined> {
  if (!MEDIA_NAME.test(name)) return undefined;
  const bytes = await readRegularFile(path.join(mediaDir(), name));
  if (!bytes) return undefined;
  return { bytes, type: MEDIA_TYPES[name.split(".")[1] as MediaExtension] };
}

/**
 * A file's bytes, or undefined when it is missing or not a regular file. O_NOFOLLOW refuses a
 * symbolic link planted under an upload's name (it would serve any file the server can read), and
 * fstat on the open handle leaves no gap between the check and the read.
 */
async function readRegularFile(file: string): Promise<Buffer | undefined> {
  const { O_RDONLY, O_NOFOLLOW } = fsConstants;
  const handle = await fs
    .open(/*turbopackIgnore: true*/ file, O_RDONLY | O_NOFOLLOW)
    .catch(() => undefined);
  if (!handle) return undefined;
  try {
    return (await handle.stat()).isFile() ? await handle.readFile() : undefined;
  } finally {
    await handle.close();
  }
}
