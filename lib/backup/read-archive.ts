import { createHash } from "node:crypto";
import { unzipSync, type UnzipFileInfo } from "fflate";
import {
  classifyPath,
  FOLDER_ENTRIES,
  manifestSchema,
  MAX_ARCHIVE_BYTES,
  MAX_ENTRIES,
  MAX_TOTAL_BYTES,
  sizeLimitOf,
  type ArchivePath,
  type Manifest,
} from "./format";
import { UserError } from "@/lib/errors";

/** A refused archive: the message names the file and the reason; nothing was changed. */
export class BackupError extends UserError {}

export type ArchiveFile = {
  name: string;
  path: Exclude<ArchivePath, { kind: "manifest" }>;
  bytes: Uint8Array;
};

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Lists the zip's central directory without inflating anything, and checks every name and
 * declared size first: a zip bomb is refused before a single byte of it is decompressed.
 */
function listEntries(archive: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(archive, {
      filter(entry) {
        entries.push(entry);
        if (entries.length > MAX_ENTRIES)
          throw new BackupError(`The archive holds more than ${MAX_ENTRIES} files.`);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError("This file is not a zip archive, or it is damaged.");
  }
  return entries;
}

function checkEntries(entries: UnzipFileInfo[]): void {
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const { name } = entry;
    if (seen.has(name)) throw new BackupError(`${name}: appears twice in the archive.`);
    seen.add(name);
    if (FOLDER_ENTRIES.has(name) && entry.originalSize === 0) continue;
    const path = classifyPath(name);
    if ("error" in path) throw new BackupError(`${JSON.stringify(name)} ${path.error}.`);
    if (entry.compression !== 0 && entry.compression !== 8) {
      throw new BackupError(`${name}: uses a compression method this blog cannot read.`);
    }
    const limit = sizeLimitOf(path);
    // Stored files are copied as they are: their stored size is their size.
    const size = Math.max(entry.originalSize, entry.compression === 0 ? entry.size : 0);
    if (size > limit) throw new BackupError(`${name}: is larger than ${MB(limit)}.`);
    total += size;
    if (total > MAX_TOTAL_BYTES) {
      throw new BackupError(`The archive would unpack to more than ${MB(MAX_TOTAL_BYTES)}.`);
    }
  }
}

/** Inflates every file into memory; each output is capped at the size its entry declared. */
function inflate(archive: Uint8Array): Record<string, Uint8Array> {
  let current = "";
  try {
    return unzipSync(archive, {
      filter(entry) {
        current = entry.name;
        return !FOLDER_ENTRIES.has(entry.name);
      },
    });
  } catch {
    throw new BackupError(`${current || "The archive"}: is damaged and cannot be unpacked.`);
  }
}

function readManifest(files: Record<string, Uint8Array>): Manifest {
  const raw = files["manifest.json"];
  if (!raw)
    throw new BackupError("manifest.json: is missing: this is not a backup made by this blog.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw new BackupError("manifest.json: is not valid JSON.");
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new BackupError(`manifest.json: ${issue.path.join(".") || "file"} ${issue.message}.`);
  }
  return result.data;
}

/**
 * Opens an archive and proves it whole: sizes and names within bounds, a manifest that lists
 * exactly the files present, each with its size and SHA-256 (a truncated or altered file is
 * caught here). Throws BackupError naming the first problem.
 */
export function readArchive(archive: Uint8Array): { manifest: Manifest; files: ArchiveFile[] } {
  if (archive.length > MAX_ARCHIVE_BYTES)
    throw new BackupError(`The archive is larger than ${MB(MAX_ARCHIVE_BYTES)}.`);
  const entries = listEntries(archive);
  checkEntries(entries);
  const inflated = inflate(archive);
  for (const entry of entries) {
    const bytes = inflated[entry.name];
    if (bytes && entry.compression === 8 && bytes.length !== entry.originalSize) {
      throw new BackupError(
        `${entry.name}: is damaged (its size does not match the archive's directory).`,
      );
    }
  }
  const manifest = readManifest(inflated);
  const files: ArchiveFile[] = [];
  for (const [name, bytes] of Object.entries(inflated)) {
    if (name === "manifest.json") continue;
    const listed = manifest.files[name];
    if (!listed) throw new BackupError(`${name}: is not listed in manifest.json.`);
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (listed.bytes !== bytes.length || listed.sha256 !== hash) {
      throw new BackupError(
        `${name}: is damaged (it does not match its checksum in manifest.json).`,
      );
    }
    files.push({ name, path: classifyPath(name) as ArchiveFile["path"], bytes });
  }
  const missing = Object.keys(manifest.files).find((name) => !(name in inflated));
  if (missing)
    throw new BackupError(`${missing}: is listed in manifest.json but missing from the archive.`);
  return { manifest, files };
}
