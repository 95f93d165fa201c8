/**
 * Vitest setup (vitest.config.ts `setupFiles`): before each test file, `CONTENT_DIR` and
 * `DATA_DIR` point at empty folders of its own. A test that forgets its fixture then sees no posts
 * and no accounts, never the checkout's `content/` or `data/`, which a mentor changes in the admin.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "blog-unit-"));
const content = path.join(root, "content");
const data = path.join(root, "data");
fs.mkdirSync(path.join(content, "posts"), { recursive: true });
fs.mkdirSync(path.join(content, "authors"));
fs.mkdirSync(data);

process.env.CONTENT_DIR = content;
process.env.DATA_DIR = data;
/** What createContentDir/createDataDir hand back to when a test's own folder is removed. */
process.env.UNIT_DEFAULT_CONTENT_DIR = content;
process.env.UNIT_DEFAULT_DATA_DIR = data;

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
