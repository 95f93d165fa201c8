import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_CONTENT_DIR, E2E_DIST_DIR, E2E_PORT } from "./e2e/support/env";

/**
 * Debian's chromium where it is installed (CI, these machines); otherwise Playwright's own browser
 * (`npx playwright install chromium` on a laptop). CHROMIUM_PATH overrides both.
 */
const chromium =
  process.env.CHROMIUM_PATH ||
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["./e2e/support/summary-reporter.ts"]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build from a temporary content folder, in its own dist folder.
    command: `npx tsx e2e/support/prepare-content.ts && npm run build && npx next start --hostname 127.0.0.1 --port ${E2E_PORT}`,
    url: E2E_BASE_URL,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      CONTENT_DIR: E2E_CONTENT_DIR,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      SITE_URL: E2E_BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
