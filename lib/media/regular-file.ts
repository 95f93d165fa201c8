import "server-only";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";

/**
 * A file's bytes and stat, or undefined when it is missing, not a regular file, or larger than
 * `maxBytes`. O_NOFOLLOW refuses a symbolic link planted under an image's name (it would serve any
 * file the server can read), and fstat on the open handle leaves no gap between the check and the
 * read.
 */
export async function readRegularFile(
  file: string,
  maxBytes = Infinity,
): Promise<{ bytes: Buffer; size: number; mtimeMs: number } | undefined> {
  const { O_RDONLY, O_NOFOLLOW } = fsConstants;
  const handle = await fs
    .open(/*turbopackIgnore: true*/ file, O_RDONLY | O_NOFOLLOW)
    .catch(() => undefined);
  if (!handle) return undefined;
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return { bytes: await handle.readFile(), size: stat.size, mtimeMs: stat.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** A regular file's size and change time, without reading it (undefined for links and folders). */
export async function statRegularFile(
  file: string,
): Promise<{ size: number; mtimeMs: number } | undefined> {
  const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
  return stat?.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
}
