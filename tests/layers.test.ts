import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

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
    ["app/(site)/x/page.tsx", 'import fs from "node:fs";\nvoid fs;'],
    ["app/og/x/route.ts", 'import { readFile } from "fs/promises";\nvoid readFile;'],
  ])(
    "routes never read files (%s)",
    async (file, code) => {
      expect(await problems(file, code)).toEqual([
        expect.stringContaining(
          "Routes never read files: ask the lib/ module that owns the folder.",
        ),
      ]);
    },
    60_000,
  );

  it("route groups do not reach into each other, nor climb three folders up", async () => {
    expect(
      await problems(
        "app/(admin)/admin/layout.tsx",
        'import { x } from "../../(auth)/actions";\nvoid x;',
      ),
    ).toEqual([expect.stringContaining("Route groups do not import each other")]);
    expect(
      await problems(
        "app/(admin)/admin/posts/[slug]/history/page.tsx",
        'import { x } from "../../../history/y";\nvoid x;',
      ),
    ).toEqual([expect.stringContaining("No ../../.. imports between routes")]);
    // A group's own shared folder, by its @/ path, is fine.
    expect(
      await problems(
        "app/(admin)/admin/posts/[slug]/history/page.tsx",
        'import { x } from "@/app/(admin)/admin/_components/restore-button";\nvoid x;',
      ),
    ).toEqual([]);
  }, 60_000);
});
