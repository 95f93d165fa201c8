/**
 * The browser tests' content folders, built from their own fixture (`e2e/fixtures/content/`),
 * never from the repo's `content/` or `data/`: a mentor who writes posts or renames a tag in the
 * admin must not change what the tests see. `tests/e2e-fixture-content.test.ts` holds this.
 */
import fs from "node:fs";
import path from "node:path";
import { ELEVENTY_FIXTURE_DIR, FIXTURE_CONTENT_DIR } from "./env";
import { testPosts } from "./test-posts";

/** A fresh copy of the fixture content in `target` (emptied first), plus `posts` written over it. */
export function copyFixtureContent(target: string, posts: Record<string, string> = {}): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(FIXTURE_CONTENT_DIR, target, { recursive: true });
  const postsDir = path.join(target, "posts");
  fs.mkdirSync(postsDir, { recursive: true });
  for (const [name, source] of Object.entries(posts))
    fs.writeFileSync(path.join(postsDir, name), source);
}

/**
 * The reader server's content: the fixture, the Eleventy post our first authors wrote, and test
 * posts (drafts, future posts, hostile MDX, enough posts to paginate); an empty data folder.
 */
export function prepareReaderContent(target: string, data: string): void {
  const eleventy = Object.fromEntries(
    fs
      .readdirSync(ELEVENTY_FIXTURE_DIR)
      .filter((name) => name.endsWith(".md"))
      .map((name) => [name, fs.readFileSync(path.join(ELEVENTY_FIXTURE_DIR, name), "utf8")]),
  );
  copyFixtureContent(target, { ...eleventy, ...testPosts });
  emptyFolder(data);
}

/** The admin server's folders: a fresh copy of the fixture and empty data and sign-in folders. */
export function prepareAdminContent(content: string, data: string, authStates: string): void {
  copyFixtureContent(content);
  emptyFolder(data);
  emptyFolder(authStates);
}

function emptyFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}
