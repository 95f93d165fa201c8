import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A throwaway data folder (accounts, media, secret), set as `DATA_DIR`. */
export function createDataDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `blog-data-${name}-`));
  process.env.DATA_DIR = dir;
  return dir;
}

/** Deletes a folder made by createDataDir and stops using it (back to isolated-folders.ts's). */
export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.env.DATA_DIR === dir) {
    const fallback = process.env.UNIT_DEFAULT_DATA_DIR;
    if (fallback) process.env.DATA_DIR = fallback;
    else delete process.env.DATA_DIR;
  }
}

/** Names in a folder, sorted; [] when it does not exist. */
export function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
