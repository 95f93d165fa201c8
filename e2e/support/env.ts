import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

/** Where the browser tests' servers keep their files: temporary copies, never the repo's folders. */
export const E2E_ROOT = process.env.E2E_ROOT || path.join(os.tmpdir(), "mentor-blog-e2e");
/** Next build output for the tests, apart from a developer's `.next`. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e";

/** The reader site under test: sample content plus test posts, never changed by tests. */
export const E2E_CONTENT_DIR = path.join(E2E_ROOT, "content");
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
export const ELEVENTY_FIXTURE_DIR = path.resolve(process.cwd(), "../shared/fixtures/eleventy");
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
