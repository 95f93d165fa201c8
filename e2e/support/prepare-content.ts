/**
 * Builds the browser tests' content folder: the repo's sample content, the Eleventy fixture, and
 * posts made for the tests (drafts, future posts, hostile MDX, enough posts to paginate).
 */
import fs from "node:fs";
import path from "node:path";
import { E2E_CONTENT_DIR, ELEVENTY_FIXTURE_DIR } from "./env";
import { testPosts } from "./test-posts";

fs.rmSync(E2E_CONTENT_DIR, { recursive: true, force: true });
fs.cpSync(path.join(process.cwd(), "content"), E2E_CONTENT_DIR, { recursive: true });
const posts = path.join(E2E_CONTENT_DIR, "posts");
fs.mkdirSync(posts, { recursive: true });
for (const name of fs.readdirSync(ELEVENTY_FIXTURE_DIR)) {
  if (name.endsWith(".md"))
    fs.copyFileSync(path.join(ELEVENTY_FIXTURE_DIR, name), path.join(posts, name));
}
for (const [name, source] of Object.entries(testPosts))
  fs.writeFileSync(path.join(posts, name), source);
console.log(`E2E content ready in ${E2E_CONTENT_DIR}`);
