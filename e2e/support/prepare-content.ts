/**
 * Builds the browser tests' folders. Reader server: the repo's sample content, the Eleventy
 * fixture, and test posts (drafts, future posts, hostile MDX, enough posts to paginate). Admin
 * server (`admin` argument): a fresh copy of the sample content and an empty data folder.
 */
import fs from "node:fs";
import path from "node:path";
import {
  ADMIN_CONTENT_DIR,
  ADMIN_DATA_DIR,
  AUTH_STATE_DIR,
  E2E_CONTENT_DIR,
  ELEVENTY_FIXTURE_DIR,
} from "./env";
import { testPosts } from "./test-posts";

const repoContent = path.join(process.cwd(), "content");

if (process.argv[2] === "admin") {
  for (const dir of [ADMIN_CONTENT_DIR, ADMIN_DATA_DIR, AUTH_STATE_DIR])
    fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(repoContent, ADMIN_CONTENT_DIR, { recursive: true });
  fs.mkdirSync(ADMIN_DATA_DIR, { recursive: true });
  console.log(`E2E admin content ready in ${ADMIN_CONTENT_DIR}`);
} else {
  fs.rmSync(E2E_CONTENT_DIR, { recursive: true, force: true });
  fs.cpSync(repoContent, E2E_CONTENT_DIR, { recursive: true });
  const posts = path.join(E2E_CONTENT_DIR, "posts");
  fs.mkdirSync(posts, { recursive: true });
  for (const name of fs.readdirSync(ELEVENTY_FIXTURE_DIR)) {
    if (name.endsWith(".md"))
      fs.copyFileSync(path.join(ELEVENTY_FIXTURE_DIR, name), path.join(posts, name));
  }
  for (const [name, source] of Object.entries(testPosts))
    fs.writeFileSync(path.join(posts, name), source);
  console.log(`E2E content ready in ${E2E_CONTENT_DIR}`);
}
