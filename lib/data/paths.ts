import path from "node:path";
import { env } from "@/lib/env";

/*
 * Why file calls in lib/ carry `/*turbopackIgnore: true*\/`: every folder the app reads or writes
 * (content, data, media, uploads) is chosen at run time, from CONTENT_DIR / DATA_DIR or the working
 * directory. Turbopack cannot know such a path at build time, so without the marker it traces the
 * whole project into the server bundle and warns about it on every build. The marker says: this
 * path is data, not code; do not follow it. Paths themselves are built only here and in
 * content-paths.ts, from validated slugs (slug.ts).
 */

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
/** Review notes and submission times, by post id (lib/publishing/review-notes.ts). */
export const reviewNotesFile = () => path.join(dataRoot(), "review-notes.json");
