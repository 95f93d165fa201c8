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

/**
 * The folders of lib/, bottom first. A folder imports only folders on lower rows (and lib/'s own
 * top-level files such as env.ts, errors.ts and format.ts, which import no folder), so the folders
 * can form no cycle. lib/data is the bottom: paths, safe file names, atomic writes. A new folder
 * gets a row here (tests/layers.test.ts fails until it has one).
 */
export const LIB_LAYERS = [
  ["data", "security"],
  ["validations"],
  ["mdx", "accounts"],
  ["history", "auth"],
  ["actions", "content"],
  ["media", "publishing", "routing", "seo", "team"],
  ["feeds", "backup", "admin"],
];

const NOT_APP_OR_COMPONENTS = {
  regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
  message: "lib/ is the bottom layer: it never imports app/ or components/.",
};

function libLayers() {
  const rule = (patterns) => ({
    "no-restricted-imports": ["error", { patterns: [NOT_APP_OR_COMPONENTS, ...patterns] }],
  });
  const topLevel = {
    files: ["lib/*.ts", "lib/*.tsx"],
    rules: rule([
      {
        regex: `^(@/lib/|\\./)(${LIB_LAYERS.flat().join("|")})(/|$)`,
        message: "lib/'s top-level files (env, errors, format, ...) import no lib/ folder.",
      },
    ]),
  };
  const folders = LIB_LAYERS.flatMap((row, rank) => {
    const below = LIB_LAYERS.slice(0, rank).flat();
    return row.map((name) => {
      const notBelow = LIB_LAYERS.flat().filter(
        (other) => other !== name && !below.includes(other),
      );
      return {
        files: [`lib/${name}/**`],
        rules: rule([
          {
            regex: `^(@/lib/|(\\.\\./)+)(${notBelow.join("|")})(/|$)`,
            message: `lib/${name} imports only the folders below it in LIB_LAYERS (eslint.config.mjs): ${below.join(", ") || "none"}. Move the shared code down, or this module up.`,
          },
        ]),
      };
    });
  });
  return [topLevel, ...folders];
}

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
  ...libLayers(),
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
