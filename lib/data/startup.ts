import fs from "node:fs/promises";
import path from "node:path";
import { authorsDir, contentRoot, postsDir } from "@/lib/data/content-paths";
import { removeStaleTempFiles } from "./atomic-write";
import { dataRoot, mediaDir } from "./paths";

/** Every folder this app writes into atomically; a crash can leave `.tmp-*` files in any of them. */
export async function cleanUpAfterCrash(): Promise<void> {
  // A git command killed mid-way leaves its locks behind (index.lock, HEAD.lock, the branch's
  // refs/heads/<name>.lock, config.lock block every later commit; objects/maintenance.lock stops
  // git's housekeeping). Nothing else runs git on the history while the server starts, so every
  // lock found now is stale.
  await removeGitLocks(path.join(dataRoot(), "history.git"));
  const folders = [contentRoot(), postsDir(), authorsDir(), dataRoot(), mediaDir()];
  await Promise.all([...new Set(folders)].map((folder) => removeStaleTempFiles(folder)));
}

async function removeGitLocks(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return removeGitLocks(full);
      return entry.name.endsWith(".lock") ? fs.rm(full, { force: true }) : undefined;
    }),
  );
}
