import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The action pipeline (lib/actions/define.ts) is the only way to write a server action: a check
 * that a developer can forget is a convention, not a guarantee. Every file holding a "use server"
 * directive is read here, and each export must be a declared action (or a type).
 */
const ROOTS = ["app", "lib", "components"];
const DIRECTIVE = /^["']use server["'];?\s*$/m;
const DECLARED =
  /^export const (\w+) = (defineFormAction|definePublicFormAction|defineAction)\(\{\n {2}permission: permissions\.(\w+),$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const files = ROOTS.flatMap((root) => sourceFiles(root));
const actionFiles = files.filter((file) =>
  DIRECTIVE.test(fs.readFileSync(file, "utf8").split("\n")[0] ?? ""),
);

describe("server action declarations", () => {
  it("finds the action files", () => {
    expect(actionFiles.map((f) => f.split(path.sep).join("/")).sort()).toEqual(
      expect.arrayContaining([
        "app/(admin)/admin/posts/actions.ts",
        "app/(auth)/actions.ts",
        "app/(admin)/admin/accounts/actions.ts",
      ]),
    );
  });

  it.each(actionFiles)("%s opens with the directive and exports only declared actions", (file) => {
    const source = fs.readFileSync(file, "utf8");
    expect(source.split("\n")[0], "the directive is the file's first line").toMatch(DIRECTIVE);
    const lines = source.split("\n");
    const exports = lines
      .map((line, index) => ({ line, next: lines[index + 1] ?? "" }))
      .filter(({ line }) => line.startsWith("export "));
    expect(exports.length).toBeGreaterThan(0);
    for (const { line, next } of exports) {
      if (/^export type /.test(line)) continue;
      expect(`${line}\n${next}`, `in ${file}`).toMatch(DECLARED);
    }
  });

  it("no function declares itself a server action inline", () => {
    const inline = files.filter((file) => {
      const source = fs.readFileSync(file, "utf8");
      return source
        .split("\n")
        .slice(1)
        .some((line) => /^\s+["']use server["']/.test(line));
    });
    expect(inline).toEqual([]);
  });

  it("permissions named by actions exist in lib/accounts/roles.ts", async () => {
    const { permissions } = await import("@/lib/accounts/roles");
    for (const file of actionFiles) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(/permission: permissions\.(\w+)/g))
        expect(Object.keys(permissions), `${file}`).toContain(match[1]);
    }
  });
});
