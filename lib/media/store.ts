import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { can, type Actor } from "@/lib/accounts/roles";
import { createFileAtomic, removeFile } from "@/lib/data/atomic-write";
import { mediaDir } from "@/lib/data/paths";
import { inDecodeSlot } from "./decode-slot";
import { MediaError } from "./errors";
import { MEDIA_NAME, mediaNameFor, mediaUrl } from "./names";
import { mediaQuotaBytes, overQuotaMessage } from "./quota";
import { checkImage, MEDIA_TYPES, type MediaExtension } from "./sniff";
import { readRegularFile } from "./regular-file";
import { stripMetadata } from "./strip-metadata";
import { removeVariants } from "./variants";
import { countUpload } from "./upload-rate";
import { enqueueMediaChange, readUploads, updateUploads, type Uploads } from "./uploads-index";
import { describeUsage, isUsed, mediaUsage } from "./usage";

export { MEDIA_NAME, mediaUrl } from "./names";

/** Every upload; where it is used is asked per viewer (usage.ts), who may not see every post. */
export type MediaItem = {
  name: string;
  url: string;
  bytes: number;
  uploadedAt: string;
  /** The account that uploaded it; undefined for files without a record (editors manage them). */
  uploaderId?: string;
};

const fileOf = (name: string) => path.join(mediaDir(), name);

/** Names of the regular files in the media folder (a planted link is never one of ours). */
async function storedFiles(): Promise<Map<string, { bytes: number; modifiedAt: Date }>> {
  const entries = await fs
    .readdir(/*turbopackIgnore: true*/ mediaDir(), { withFileTypes: true })
    .catch(() => []);
  const files = new Map<string, { bytes: number; modifiedAt: Date }>();
  for (const entry of entries) {
    if (!entry.isFile() || !MEDIA_NAME.test(entry.name)) continue;
    const stat = await fs
      .lstat(/*turbopackIgnore: true*/ fileOf(entry.name))
      .catch(() => undefined);
    if (stat?.isFile()) files.set(entry.name, { bytes: stat.size, modifiedAt: stat.mtime });
  }
  return files;
}

/** Every name in the media folder, whatever it is: a new upload takes none of them. */
const folderNames = () =>
  fs.readdir(/*turbopackIgnore: true*/ mediaDir()).catch(() => [] as string[]);

/** Bytes an account's uploads take now (files deleted since do not count). */
function usedBy(uploads: Uploads, accountId: string, present: Map<string, unknown>): number {
  return Object.entries(uploads)
    .filter(([name, record]) => record.accountId === accountId && present.has(name))
    .reduce((sum, [, record]) => sum + record.bytes, 0);
}

/** What an account has used of its quota, and the quota. */
export async function quotaOf(accountId: string): Promise<{ used: number; quota: number }> {
  const [uploads, present] = await Promise.all([readUploads(), storedFiles()]);
  return { used: usedBy(uploads, accountId, present), quota: mediaQuotaBytes() };
}

/**
 * Checks an upload, strips its metadata, and stores it under a name made from `fileName` (the
 * name the browser sent: a label, checked against the bytes, slugged by names.ts, never a path),
 * counted against the uploader's quota (checked on the bytes sent before decoding, on the stored
 * bytes after). The name is chosen inside the media queue, so parallel uploads of "x.png" get
 * x.png, x-2.png…, and the file is created without ever replacing one (another mentor's image).
 * Throws MediaError with a message for the mentor; a refused upload writes nothing.
 */
export async function saveUpload(
  bytes: Uint8Array,
  options: { uploader: Actor; fileName?: string },
): Promise<{ name: string; url: string; width: number; height: number }> {
  const image = checkImage(bytes, options.fileName);
  const accountId = options.uploader.id;
  // Decoding is the costly step: a file that cannot fit even as sent is refused before it, and
  // so is an account over its upload rate. Only then does it wait for the one decoding slot.
  const { used, quota } = await quotaOf(accountId);
  if (used + bytes.length > quota) throw new MediaError(overQuotaMessage(quota, used));
  countUpload(accountId);
  const clean = await inDecodeSlot(accountId, () => stripMetadata(bytes, image));
  // One at a time: two uploads in parallel must not both fit in the room left for one.
  const name = await enqueueMediaChange(async () => {
    const [uploads, present] = await Promise.all([readUploads(), storedFiles()]);
    const used = usedBy(uploads, accountId, present);
    const quota = mediaQuotaBytes();
    if (used + clean.bytes.length > quota) throw new MediaError(overQuotaMessage(quota, used));
    // The record first: a crash between the two leaves a record without a file (ignored and
    // pruned), never a file that escapes the quota.
    const record = { accountId, bytes: clean.bytes.length, uploadedAt: new Date().toISOString() };
    const taken = new Set([...(await folderNames()), ...Object.keys(uploads)]);
    const name = mediaNameFor(options.fileName ?? "", image.extension, (n) => taken.has(n));
    await updateUploads((all) => ({ ...withoutStale(all, present), [name]: record }));
    try {
      await createFileAtomic(/*turbopackIgnore: true*/ fileOf(name), clean.bytes);
    } catch (error) {
      // Taken from outside the queue meanwhile: the record goes, nothing was replaced.
      await updateUploads((all) => withoutKey(all, name));
      throw error;
    }
    return name;
  });
  return { name, url: mediaUrl(name), width: clean.width, height: clean.height };
}

const withoutStale = (uploads: Uploads, present: Map<string, unknown>): Uploads =>
  Object.fromEntries(Object.entries(uploads).filter(([name]) => present.has(name)));

/** Every stored upload, newest first. For editors, and for per-mentor views (visibility.ts). */
export async function listMedia(): Promise<MediaItem[]> {
  const [uploads, files] = await Promise.all([readUploads(), storedFiles()]);
  return [...files.entries()]
    .map(([name, file]) => ({
      name,
      url: mediaUrl(name),
      bytes: file.bytes,
      uploadedAt: uploads[name]?.uploadedAt ?? file.modifiedAt.toISOString(),
      uploaderId: uploads[name]?.accountId,
    }))
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
}

/** Editors and up delete any unused upload; other mentors only their own unused ones. */
export async function mayDeleteMedia(actor: Actor, name: string): Promise<boolean> {
  if (can.manageAnyMedia(actor)) return true;
  return MEDIA_NAME.test(name) && (await readUploads())[name]?.accountId === actor.id;
}

/**
 * Deletes an upload for `actor`. Refused while any post (a draft included) or author profile uses
 * it, with the posts this mentor may see named and the others counted.
 */
export async function deleteMedia(actor: Actor, name: string): Promise<void> {
  if (!MEDIA_NAME.test(name)) throw new MediaError("No such file.");
  await enqueueMediaChange(async () => {
    if (!(await mayDeleteMedia(actor, name)))
      throw new MediaError("You can delete only images you uploaded.");
    const stat = await fs.lstat(/*turbopackIgnore: true*/ fileOf(name)).catch(() => undefined);
    if (!stat || stat.isDirectory()) throw new MediaError("No such file.");
    const usage = mediaUsage(actor)(name);
    if (isUsed(usage)) {
      throw new MediaError(
        `This image is still used by ${describeUsage(usage)}. Remove it there first, then delete it.`,
      );
    }
    // A link planted under an upload's name is removed itself; its target is never touched.
    await removeFile(fileOf(name));
    await removeVariants(mediaUrl(name));
    const uploads = await readUploads();
    if (name in uploads) await updateUploads((all) => withoutKey(all, name));
  });
}

const withoutKey = (uploads: Uploads, name: string): Uploads =>
  Object.fromEntries(Object.entries(uploads).filter(([key]) => key !== name));

/** Reads a stored file for the media route; undefined when the name is not one of ours. */
export async function readMedia(
  name: string,
): Promise<{ bytes: Buffer; type: string } | undefined> {
  if (!MEDIA_NAME.test(name)) return undefined;
  const file = await readRegularFile(fileOf(name));
  if (!file) return undefined;
  return { bytes: file.bytes, type: MEDIA_TYPES[name.split(".")[1] as MediaExtension] };
}
