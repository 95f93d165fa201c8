import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createWriteQueue, removeFile, writeFileAtomic } from "@/lib/data/atomic-write";
import { dataRoot } from "@/lib/data/paths";
import { MediaError } from "./errors";
import { MEDIA_NAME } from "./names";

/**
 * Who uploaded what: one small JSON file in the data folder (not in media/, which the site serves),
 * keyed by stored file name. It decides whose quota a file counts against and who may delete it.
 * A file without a record (uploaded before records were kept, or restored from a backup) belongs
 * to nobody: editors manage it.
 */
export const uploadsIndexFile = () => path.join(dataRoot(), "media-index.json");

const recordSchema = z.object({
  accountId: z.string(),
  bytes: z.number().int().nonnegative(),
  uploadedAt: z.string(),
});
export type UploadRecord = z.infer<typeof recordSchema>;
export type Uploads = Record<string, UploadRecord>;

const fileSchema = z.object({
  version: z.literal(1),
  uploads: z.record(z.string().regex(MEDIA_NAME), recordSchema),
});

export async function readUploads(): Promise<Uploads> {
  let raw: string;
  try {
    raw = await fs.readFile(/*turbopackIgnore: true*/ uploadsIndexFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  try {
    return fileSchema.parse(JSON.parse(raw)).uploads;
  } catch (error) {
    // Guessing would hand files to the wrong people or reset everyone's quota: stop instead.
    console.error("[media] media-index.json is damaged:", error);
    throw new MediaError(
      "The list of who uploaded which image (media-index.json in the data folder) is damaged. " +
        "Ask an administrator to repair or remove it.",
    );
  }
}

/** Uploads and deletions run one at a time, so a quota check and its write never interleave. */
export const enqueueMediaChange = createWriteQueue("media");

/**
 * Reads, changes and writes the records as one step; call it inside `enqueueMediaChange`. An
 * empty index is removed rather than left behind.
 */
export async function updateUploads(change: (uploads: Uploads) => Uploads): Promise<void> {
  const uploads = change(await readUploads());
  const names = Object.keys(uploads).sort();
  if (names.length === 0) return removeFile(uploadsIndexFile());
  const sorted = Object.fromEntries(names.map((name) => [name, uploads[name]!]));
  await writeFileAtomic(
    uploadsIndexFile(),
    JSON.stringify({ version: 1, uploads: sorted }, null, 2) + "\n",
    0o600,
  );
}
