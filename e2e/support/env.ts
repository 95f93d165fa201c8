import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout, found from this file rather than the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The tests' own sample posts, authors and tags: a copy of the sample content as the tests know
 * it. Never the repo's `content/`, which a mentor changes in the admin (new posts, renamed tags).
 * Images stay in `public/images`, which the servers serve from the checkout.
 */
export const FIXTURE_CONTENT_DIR = path.join(REPO_ROOT, "e2e", "fixtures", "content");

/** Where the browser tests' servers keep their files: temporary copies, never the repo's folders. */
export const E2E_ROOT = process.env.E2E_ROOT || path.join(os.tmpdir(), "mentor-blog-e2e");
/** Next build output for the tests, apart from a developer's `.next`. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e";

/** The reader site under test: sample content plus test posts, never changed by tests. */
export const E2E_CONTENT_DIR = path.join(E2E_ROOT, "content");
/** The reader server's data folder: empty at the start of each run. */
export const E2E_DATA_DIR = `${E2E_CONTENT_DIR}-data`;
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
// next-auth compares hosts by name: tests browse `localhost`, the servers bind 127.0.0.1.
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

/** A second server for the admin tests, which write content: its own content, data and build. */
export const ADMIN_CONTENT_DIR = path.join(E2E_ROOT, "admin-content");
export const ADMIN_DATA_DIR = path.join(E2E_ROOT, "admin-data");
export const ADMIN_PORT = E2E_PORT + 1;
export const ADMIN_BASE_URL = `http://localhost:${ADMIN_PORT}`;
/** Signed-in browser states saved by the admin setup project, one per role. */
export const AUTH_STATE_DIR = path.join(E2E_ROOT, "auth");

/** The Eleventy post our first authors wrote, shipped beside the checkout in shared/. */
export const ELEVENTY_FIXTURE_DIR = path.resolve(REPO_ROOT, "../shared/fixtures/eleventy");
export const ELEVENTY_SLUG = "neural-networks-in-machine-learning-and-data-science";

/**
 * nginx with the shipped configuration (deploy/nginx) in front of the admin server, when nginx is
 * installed (CI installs it): reader pages are cached there, personal pages never.
 */
export const PROXY_PORT = E2E_PORT + 2;
export const PROXY_BASE_URL = `http://localhost:${PROXY_PORT}`;
export const PROXY_DIR = path.join(E2E_ROOT, "proxy");
export const NGINX_AVAILABLE = (() => {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
