import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { contentRoot } from "@/lib/data/content-paths";
import { dataRoot } from "@/lib/data/paths";
import { FIXTURE_CONTENT_DIR, REPO_ROOT } from "../e2e/support/env";
import { testPosts } from "../e2e/support/test-posts";
import { PHONE_PHOTO_NAME, SECOND_PHOTO_NAME } from "../e2e/support/phone-photo";

/**
 * The tests never read the checkout's `content/` or `data/`: a mentor who writes posts or renames
 * a tag in the admin must still get a green `npm test`. The browser tests start from
 * `e2e/fixtures/content/`; the unit tests from empty folders (tests/support/isolated-folders.ts).
 */

/** Every file of the test code, as [path from the checkout, text]. */
function testSources(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(REPO_ROOT, "e2e", "fixtures")) walk(full);
      } else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name))
        out.push([path.relative(REPO_ROOT, full), fs.readFileSync(full, "utf8")]);
    }
  };
  walk(path.join(REPO_ROOT, "e2e"));
  walk(path.join(REPO_ROOT, "tests"));
  for (const config of ["playwright.config.ts", "vitest.config.ts"])
    out.push([config, fs.readFileSync(path.join(REPO_ROOT, config), "utf8")]);
  return out;
}

const FOLDER = String.raw`(?:\./)?(?:content|data)(?:["'\x60/\\])`;
/**
 * Ways code reaches the checkout's folders: joined to the working directory or to the checkout's
 * own root, or a relative path handed to `fs` or `path`. Archive entry names such as
 * "content/posts/x.mdx" (backup tests) are none of these.
 */
const READS_CHECKOUT = [
  new RegExp(String.raw`process\.cwd\(\)\s*,\s*["'\x60]${FOLDER}`),
  new RegExp(
    String.raw`\b(?:REPO_ROOT|repoRoot|__dirname|import\.meta\.dirname)\s*,\s*["'\x60](?:\.\./)*${FOLDER}`,
  ),
  new RegExp(String.raw`new URL\(\s*["'\x60](?:\.\.?/)+${FOLDER}`),
  new RegExp(String.raw`\bpath\.(?:join|resolve)\(\s*["'\x60]${FOLDER}`),
  new RegExp(String.raw`\bfs(?:\.promises)?\.\w+\(\s*["'\x60]${FOLDER}`),
];

const readsCheckout = (text: string) =>
  text.split("\n").filter((line) => READS_CHECKOUT.some((pattern) => pattern.test(line)));

describe("no test reads the checkout's content/ or data/", () => {
  test("the check finds the ways a test could", () => {
    expect(
      readsCheckout(
        [
          'const repoContent = path.join(process.cwd(), "content");',
          'fs.cpSync(path.join(process.cwd(), "content"), target, { recursive: true });',
          'const accounts = path.join(process.cwd(), "data/accounts.json");',
          'const posts = path.join(REPO_ROOT, "content", "posts");',
          'fs.readFileSync("content/posts/a.mdx", "utf8");',
          'const dir = path.resolve("./data");',
          'new URL("../content/posts/", import.meta.url);',
        ].join("\n"),
      ),
    ).toHaveLength(7);
    expect(
      readsCheckout(
        [
          'export const FIXTURE_CONTENT_DIR = path.join(REPO_ROOT, "e2e", "fixtures", "content");',
          'expect(files["content/posts/a.mdx"]).toBeDefined();',
          'const E2E_CONTENT_DIR = path.join(E2E_ROOT, "content");',
          'fs.existsSync(path.join(process.cwd(), "public", data.thumbnail));',
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  test("in e2e/, tests/ and the test runners' configs", () => {
    const found = testSources()
      // This file's own examples above are the only lines allowed to look like such reads.
      .filter(([file]) => file !== path.join("tests", "test-isolation.test.ts"))
      .flatMap(([file, text]) => readsCheckout(text).map((line) => `${file}: ${line.trim()}`));
    expect(testSources().length).toBeGreaterThan(40);
    expect(found).toEqual([]);
  });

  test("unit tests start from empty folders of their own", () => {
    for (const [root, name] of [
      [contentRoot(), "content"],
      [dataRoot(), "data"],
    ] as const) {
      expect(root).not.toBe(path.join(REPO_ROOT, name));
      expect(root.startsWith(os.tmpdir())).toBe(true);
    }
    expect(fs.readdirSync(path.join(contentRoot(), "posts"))).toEqual([]);
    expect(fs.readdirSync(dataRoot())).toEqual([]);
  });
});

describe("the browser tests' folders come from e2e/fixtures/content/", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "blog-fixture-check-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  /** Every file under `dir`, relative path → text. */
  const filesOf = (dir: string): Record<string, string> =>
    Object.fromEntries(
      (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const full = path.join(entry.parentPath, entry.name);
          return [path.relative(dir, full), fs.readFileSync(full, "utf8")];
        }),
    );

  /**
   * A checkout whose `content/` a mentor has changed (a new post, a tag renamed everywhere) and
   * whose `data/` holds accounts; prepare-content.ts runs from it as Playwright runs it.
   */
  function changedCheckout(): string {
    const checkout = path.join(scratch, "checkout");
    fs.cpSync(FIXTURE_CONTENT_DIR, path.join(checkout, "content"), { recursive: true });
    const posts = path.join(checkout, "content", "posts");
    fs.writeFileSync(
      path.join(posts, "a-mentors-new-post.mdx"),
      "---\ntitle: A mentor's new post\ndate: 2026-01-01\n---\nWritten in the admin.\n",
    );
    for (const name of fs.readdirSync(posts)) {
      const file = path.join(posts, name);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll("Mentoring", "Guidance"));
    }
    fs.writeFileSync(path.join(checkout, "content", "tags.yml"), "guidance:\n  name: Guidance\n");
    fs.mkdirSync(path.join(checkout, "data"));
    fs.writeFileSync(path.join(checkout, "data", "accounts.json"), '{"accounts":[]}\n');
    return checkout;
  }

  function prepare(cwd: string, e2eRoot: string, mode?: "admin") {
    execFileSync(
      path.join(REPO_ROOT, "node_modules", ".bin", "tsx"),
      [path.join(REPO_ROOT, "e2e", "support", "prepare-content.ts"), ...(mode ? [mode] : [])],
      { cwd, env: { ...process.env, E2E_ROOT: e2eRoot }, stdio: "pipe" },
    );
  }

  test("a changed content/ in the checkout changes nothing the tests see", () => {
    const fixture = filesOf(FIXTURE_CONTENT_DIR);
    expect(Object.keys(fixture)).toContain("authors/ada-okafor.md");
    expect(Object.keys(fixture).filter((file) => file.startsWith("posts/"))).toHaveLength(5);

    const checkout = changedCheckout();
    const fromRepo = path.join(scratch, "from-repo");
    const fromChanged = path.join(scratch, "from-changed");
    for (const [cwd, root] of [
      [REPO_ROOT, fromRepo],
      [checkout, fromChanged],
    ]) {
      prepare(cwd!, root!);
      prepare(cwd!, root!, "admin");
    }

    // The same folders, whichever checkout they were prepared from.
    expect(filesOf(fromChanged)).toEqual(filesOf(fromRepo));

    // The admin server: the fixture exactly, an empty data folder.
    expect(filesOf(path.join(fromChanged, "admin-content"))).toEqual(fixture);
    expect(fs.readdirSync(path.join(fromChanged, "admin-data"))).toEqual([]);

    // The reader server: the fixture, the Eleventy post and the test posts, nothing else.
    const reader = filesOf(path.join(fromChanged, "content"));
    for (const [file, text] of Object.entries(fixture)) expect(reader[file]).toBe(text);
    for (const [name, text] of Object.entries(testPosts))
      expect(reader[`posts/${name}`]).toBe(text);
    expect(Object.keys(reader)).not.toContain("posts/a-mentors-new-post.mdx");
    expect(Object.keys(reader)).not.toContain("tags.yml");
    expect(Object.values(reader).join("\n")).not.toContain("Guidance");
    // Its data folder holds only the two generated phone photos of the responsive-image tests.
    expect(fs.readdirSync(path.join(fromChanged, "content-data"))).toEqual(["media"]);
    expect(fs.readdirSync(path.join(fromChanged, "content-data", "media")).sort()).toEqual(
      [PHONE_PHOTO_NAME, SECOND_PHOTO_NAME].sort(),
    );
  }, 60_000); // four runs of prepare-content.ts through tsx: seconds each on a busy machine
});
