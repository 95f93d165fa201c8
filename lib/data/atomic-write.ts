import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { processGlobal } from "./process-global";

/** Prefix of temporary files: never read as content, and removed if a crash left them behind. */
export const TEMP_PREFIX = ".tmp-";

/** Writes `data` to a new temporary file in `dir` and flushes it; returns its path. */
async function writeTemp(
  dir: string,
  label: string,
  data: string | Buffer,
  mode: number,
): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `${TEMP_PREFIX}${label}.${randomBytes(6).toString("hex")}`);
  const handle = await fs.open(temp, "wx", mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Replaces a file all at once: writes a temporary file in the same folder, flushes it, renames it
 * over the old one and flushes the folder. A crash leaves either the old file or the new one, never
 * half of each.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Buffer,
  mode = 0o644,
): Promise<void> {
  const dir = path.dirname(file);
  const temp = await writeTemp(dir, path.basename(file), data, mode);
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/**
 * Writes a new file all at once, never replacing one: like writeFileAtomic, but the temporary
 * file is linked to its name, which fails (EEXIST) when that name exists, even if another process
 * took it a moment ago.
 */
export async function createFileAtomic(file: string, data: Buffer, mode = 0o644): Promise<void> {
  const dir = path.dirname(file);
  const temp = await writeTemp(dir, "new", data, mode);
  try {
    await fs.link(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
  }
  await syncDir(dir);
}

/** Removes a file and flushes its folder, so the removal survives a crash too. */
export async function removeFile(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await syncDir(path.dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Deletes temporary files a crash may have left in a folder. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(TEMP_PREFIX))
      .map((n) => fs.rm(path.join(dir, n), { force: true })),
  );
}

/**
 * Runs writes one after another, so read-modify-write sequences on one store never interleave.
 * Queues are shared per process by name (see processGlobal).
 */
export function createWriteQueue(name: string) {
  const queue = processGlobal(`write-queue.${name}`, () => ({
    tail: Promise.resolve() as Promise<unknown>,
  }));
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.tail.then(task, task);
    queue.tail = run.catch(() => undefined);
    return run;
  };
}
