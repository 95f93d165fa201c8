import path from "node:path";
import { env } from "@/lib/env";

/**
 * The data folder, outside `content/`: accounts, the generated auth secret and uploaded media.
 * `DATA_DIR` when set (tests), else `data/` in the project (git-ignored).
 */
export function dataRoot(): string {
  const fromEnv = env.dataDir();
  return fromEnv ? path.resolve(fromEnv) : path.join(process.cwd(), "data");
}

export const accountsFile = () => path.join(dataRoot(), "accounts.json");
export const secretFile = () => path.join(dataRoot(), "auth-secret");
export const mediaDir = () => path.join(dataRoot(), "media");
/** Share-preview links: hashes of their tokens, bound to post ids (lib/publishing/share-links.ts). */
export const shareLinksFile = () => path.join(dataRoot(), "share-links.json");
