import fs from "node:fs/promises";
import path from "node:path";
import { authorsDir, contentRoot, postsDir } from "@/lib/content/paths";
import { removeStaleTempFiles } from "./atomic-write";
import { dataRoot, mediaDir } from "./paths";

/** Every folder this app writes into atomically; a crash can leave `.tmp-*` files in any of them. */
export async function cleanUpAfterCrash(): Promise<void> {
  // A git commit killed mid-way leaves its lock behind, which would block every later commit.
  await fs.rm(path.join(dataRoot(), "history.git", "index.lock"), { force: true });
  const folders = [contentRoot(), postsDir(), authorsDir(), dataRoot(), mediaDir()];
  await Promise.all([...new Set(folders)].map((folder) => removeStaleTempFiles(folder)));
}
