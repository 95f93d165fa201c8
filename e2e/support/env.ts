import os from "node:os";
import path from "node:path";

/** Where the browser tests' server reads its content: a temporary copy, never the repo's `content/`. */
export const E2E_ROOT = process.env.E2E_ROOT || path.join(os.tmpdir(), "mentor-blog-e2e");
/** Next build output for the tests, apart from a developer's `.next`. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e";
export const E2E_CONTENT_DIR = path.join(E2E_ROOT, "content");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
// next-auth compares hosts by name: tests browse `localhost`, the server binds 127.0.0.1.
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

/** The Eleventy post our first authors wrote, shipped beside the checkout in shared/. */
export const ELEVENTY_FIXTURE_DIR = path.resolve(process.cwd(), "../shared/fixtures/eleventy");
export const ELEVENTY_SLUG = "neural-networks-in-machine-learning-and-data-science";
