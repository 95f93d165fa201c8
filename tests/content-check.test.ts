import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkContent } from "@/lib/content/content-check";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";

/** `npm run check:content` checks site pages as it checks posts, naming file and line. */

let dir: string;
const page = (name: string, source: string) => {
  fs.mkdirSync(path.join(dir, "pages"), { recursive: true });
  fs.writeFileSync(path.join(dir, "pages", name), source);
};

beforeAll(() => {
  dir = createContentDir("content-check");
  writePost(dir, "fine", { title: "Fine", date: "2024-01-01", author: "ada" });
  page("about.mdx", "---\ntitle: About\n---\nWho we are.\n");
  page("resources.mdx", "---\ntitle: Resources\ndescription: Links\n---\n\nSee {this\n");
  page("notes.mdx", "---\ntitle: Notes\ndraft: true\n---\n<Nope />\n");
  page("untitled.mdx", "---\ndescription: No title\n---\nx\n");
  page("admin.mdx", "---\ntitle: Admin\n---\nx\n");
  page("wide.mdx", `---\ntitle: Wide\n---\n| ${"c | ".repeat(41)}\n|${" --- |".repeat(41)}\n`);
  page("readme.txt", "not a page");
});
afterAll(() => removeContentDir(dir));

describe("site pages in the content check", () => {
  test("front matter, writing mistakes and the render budget, each with its file and line", async () => {
    const { problems, notes, counts } = await checkContent({ mdx: true });
    expect(problems.map((p) => p.message)).toEqual([
      "pages/admin.mdx: the file name is not a usable address: The address /admin is used by the site itself. " +
        'Choose another one, like "about-admin".',
      'pages/untitled.mdx: front matter field "title" Invalid input: expected string, received undefined',
      "pages/resources.mdx:6: MDX error: a { starts a code expression. To show a brace, write \\{ (with the backslash).",
      "pages/wide.mdx:4: MDX error: This table has 41 columns; a table may have at most 40.",
    ]);
    // A draft page's writing mistake is noted, not a reason to stop the build: readers never see it.
    expect(notes.map((n) => n.message)).toEqual([
      "pages/notes.mdx:5: MDX error: there is no component called <Nope>. You can use: Callout, Figure.",
    ]);
    expect(counts).toEqual({ posts: 1, authors: 0, pages: 4 });
  });

  test("--front-matter-only checks the pages' front matter and names, not their text", async () => {
    const { problems, notes } = await checkContent({ mdx: false });
    expect(problems.map((p) => p.file)).toEqual(["pages/admin.mdx", "pages/untitled.mdx"]);
    expect(notes).toEqual([]);
  });
});
