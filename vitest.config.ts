import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SLOWNESS } from "./e2e/support/slowness.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; unit tests run lib code directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    // Every test file starts with empty content and data folders, never the checkout's.
    setupFiles: ["tests/support/isolated-folders.ts"],
    // 20 s on an idle 2-core machine, more on a busy or slower one (the browser tests' measure,
    // e2e/support/slowness.ts): a test fails for what it checks, not for what else runs.
    testTimeout: Math.round(20_000 * SLOWNESS),
    hookTimeout: Math.round(20_000 * SLOWNESS),
  },
});
