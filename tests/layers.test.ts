import { readdirSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- eslint.config.mjs is plain JavaScript; LIB_LAYERS is a list of rows of names.
import { LIB_LAYERS } from "../eslint.config.mjs";

/**
 * The layers hold by lint (eslint.config.mjs): each case is a one-line file that breaks a rule,
 * linted as if it sat at that path, and must be reported with the rule's message.
 */
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("layers", () => {
  it.each([
    ["lib/content/x.ts", 'import { mdxComponents } from "@/components/mdx";\nvoid mdxComponents;'],
    ["lib/content/x.ts", 'import { x } from "../../app/(admin)/admin/actions";\nvoid x;'],
    ["lib/x.ts", 'import { x } from "@/app/feed.xml/route";\nvoid x;'],
  ])(
    "lib/ never imports app/ or components/ (%s)",
    async (file, code) => {
      expect(await problems(file, code)).toEqual([
        expect.stringContaining("lib/ is the bottom layer: it never imports app/ or components/."),
      ]);
    },
    60_000,
  );

  it.each([
    ["lib/data/x.ts", "@/lib/content/load", "data", "none"],
    [
      "lib/history/x.ts",
      "../content/parse-post",
      "history",
      "data, security, validations, mdx, accounts",
    ],
    [
      "lib/content/deep/x.ts",
      "../../team/manage",
      "content",
      "data, security, validations, mdx, accounts, history, auth",
    ],
    ["lib/accounts/x.ts", "@/lib/mdx/limits", "accounts", "data, security, validations"],
  ])(
    "lib folders import only folders below them (%s imports %s)",
    async (file, specifier, name, below) => {
      expect(await problems(file, `import { x } from "${specifier}";\nvoid x;`)).toEqual([
        `'${specifier}' import is restricted from being used by a pattern. lib/${name} imports only the folders below it in LIB_LAYERS (eslint.config.mjs): ${below}. Move the shared code down, or this module up.`,
      ]);
    },
    60_000,
  );

  it("lib's top-level files import no lib folder", async () => {
    expect(await problems("lib/format.ts", 'import { x } from "./content/load";\nvoid x;')).toEqual(
      [
        "'./content/load' import is restricted from being used by a pattern. lib/'s top-level files (env, errors, format, ...) import no lib/ folder.",
      ],
    );
  }, 60_000);

  it("every lib folder has a row in LIB_LAYERS, so none escapes the order", () => {
    const folders = readdirSync("lib", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect((LIB_LAYERS as string[][]).flat().sort()).toEqual(folders);
  });
});
