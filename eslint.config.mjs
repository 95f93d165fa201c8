import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers, held by lint (README "How it fits together"):
 * - lib/ is the bottom: it never imports app/ or components/.
 * - app/ holds routes: it never reads files itself (lib/ owns each folder on disk), and a route
 *   group never reaches into another group's folders; code two routes share lives in lib/,
 *   components/, or the nearest shared `_components/` of their own group.
 */
const FILE_MODULES = ["fs", "node:fs", "fs/promises", "node:fs/promises"];

const groupBoundary = (group) => ({
  files: [`app/(${group})/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: FILE_MODULES.map((name) => ({
          name,
          message: "Routes never read files: ask the lib/ module that owns the folder.",
        })),
        patterns: [
          {
            regex: `\\((?!${group}\\))(auth|site|admin)\\)/`,
            message:
              "Route groups do not import each other: move shared code to lib/ or components/.",
          },
          {
            regex: "^(\\.\\./){3,}",
            message: "No ../../.. imports between routes: use the @/ path of a shared place.",
          },
        ],
      },
    ],
  },
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
              message: "lib/ is the bottom layer: it never imports app/ or components/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    ignores: ["app/(auth)/**", "app/(site)/**", "app/(admin)/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: FILE_MODULES.map((name) => ({
            name,
            message: "Routes never read files: ask the lib/ module that owns the folder.",
          })),
        },
      ],
    },
  },
  groupBoundary("auth"),
  groupBoundary("site"),
  groupBoundary("admin"),
  globalIgnores([".next*/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
