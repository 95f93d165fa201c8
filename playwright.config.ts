import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import {
  ADMIN_BASE_URL,
  ADMIN_CONTENT_DIR,
  ADMIN_DATA_DIR,
  ADMIN_PORT,
  E2E_BASE_URL,
  E2E_CONTENT_DIR,
  E2E_DATA_DIR,
  E2E_DIST_DIR,
  E2E_PORT,
  E2E_ROOT,
  NGINX_AVAILABLE,
  PROXY_BASE_URL,
  PROXY_DIR,
  PROXY_PORT,
} from "./e2e/support/env";
import { scaled, SLOWNESS, TIME_SCALE } from "./e2e/support/slowness";

/**
 * Debian's chromium where it is installed (CI, these machines); otherwise Playwright's own browser
 * (`npx playwright install chromium` on a laptop). CHROMIUM_PATH overrides both.
 */
const chromium =
  process.env.CHROMIUM_PATH ||
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** One worker per two cores: each drives Chromium against two Next servers on the same machine. */
const workers =
  Number(process.env.E2E_WORKERS) || Math.max(1, Math.floor(os.availableParallelism() / 2));

// Printed by the runner only (workers read this file too), so a slow run says why it was given time.
if (!process.env.TEST_WORKER_INDEX)
  console.log(
    `[e2e] slowness ${SLOWNESS} (load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores), ` +
      `timeouts x${TIME_SCALE}, ${workers} worker(s)`,
  );

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers,
  // Every timeout scales with the machine (e2e/support/slowness.ts); specs use `scaled()` too.
  timeout: scaled(30_000),
  expect: { timeout: scaled(5_000) },
  reporter: process.env.CI ? [["list"], ["./e2e/support/summary-reporter.ts"]] : [["list"]],
  // Runs side by side (each with its own E2E_ROOT) keep their failure reports apart.
  outputDir: process.env.E2E_ROOT ? path.join(E2E_ROOT, "test-results") : "test-results",
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    actionTimeout: scaled(10_000),
    navigationTimeout: scaled(20_000),
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "reader", testIgnore: ["admin/**"], use: { ...devices["Desktop Chrome"] } },
    {
      name: "admin-setup",
      testDir: "e2e/admin",
      testMatch: /.*\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: ADMIN_BASE_URL },
    },
    {
      name: "admin",
      testDir: "e2e/admin",
      testMatch: /.*\.spec\.ts/,
      dependencies: ["admin-setup"],
      use: { ...devices["Desktop Chrome"], baseURL: ADMIN_BASE_URL },
    },
  ],
  // Production builds, each from its own temporary folders and into its own dist folder. The
  // reader server's content never changes; the admin server's is written by the admin tests.
  webServer: [
    {
      command:
        "npx tsx e2e/support/prepare-content.ts && npm run build && npx next start --hostname 127.0.0.1",
      url: E2E_BASE_URL,
      timeout: scaled(600_000),
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        CONTENT_DIR: E2E_CONTENT_DIR,
        DATA_DIR: E2E_DATA_DIR,
        NEXT_DIST_DIR: E2E_DIST_DIR,
        SITE_URL: E2E_BASE_URL,
        PORT: String(E2E_PORT),
        // Only the two newest posts are built: every other post the reader specs open renders on
        // its first request, as older posts do in production (e2e/on-demand.spec.ts).
        PRERENDER_POSTS: "2",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    {
      command:
        "npx tsx e2e/support/prepare-content.ts admin && npm run build && npx next start --hostname 127.0.0.1",
      url: `${ADMIN_BASE_URL}/signin`,
      timeout: scaled(600_000),
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        CONTENT_DIR: ADMIN_CONTENT_DIR,
        DATA_DIR: ADMIN_DATA_DIR,
        NEXT_DIST_DIR: `${E2E_DIST_DIR}-admin`,
        SITE_URL: ADMIN_BASE_URL,
        PORT: String(ADMIN_PORT),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    ...(NGINX_AVAILABLE
      ? [
          {
            command: `node scripts/nginx-proxy.mjs --listen ${PROXY_PORT} --app ${ADMIN_PORT} --dir ${PROXY_DIR}`,
            // Ready once the admin server answers through it (502 until then).
            url: `${PROXY_BASE_URL}/signin`,
            timeout: scaled(600_000),
            reuseExistingServer: false,
          },
        ]
      : []),
  ],
});
