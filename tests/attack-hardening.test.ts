import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MDX_COMPONENT_NAMES as mdxComponentNames } from "@/lib/mdx/component-names";
import { ContentError } from "@/lib/content/content-error";
import { loadContent } from "@/lib/content/load";
import { readTagMeta } from "@/lib/content/tag-meta";
import {
  deepLine,
  MAX_MDX_LENGTH,
  MAX_NESTING,
  nestingOf,
  TOO_DEEP,
  TOO_LONG,
} from "@/lib/mdx/limits";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import { checkImage } from "@/lib/media/sniff";
import { listMedia, readMedia, saveUpload } from "@/lib/media/store";
import { MAX_BODY_LENGTH } from "@/lib/content/post-form";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

/**
 * Fixes found by the attack suite (e2e/admin/attacks-*.spec.ts): nesting and size limits on MDX
 * (deep nesting made one save cost seconds of CPU, then crashed every render of the post), links
 * planted in the media folder or as tags.yml, and upload names that disagree with their bytes.
 */

/** A real 1×1 PNG. */
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const check = (source: string) => findMdxProblem(source, "mdx", mdxComponentNames);
const quotes = (n: number) => `${"> ".repeat(n)}deep\n`;
const list = (n: number, indent = "  ") =>
  `${Array.from({ length: n }, (_, i) => `${indent.repeat(i)}- item`).join("\n")}\n`;
const divs = (n: number) => `${"<div>".repeat(n)}x${"</div>".repeat(n)}\n`;

describe("MDX limits", () => {
  test("the length limit is the editor form's", () => {
    expect(MAX_MDX_LENGTH).toBe(MAX_BODY_LENGTH);
  });

  test(`${MAX_NESTING} levels of quotes, lists or elements are fine`, async () => {
    for (const source of [quotes(MAX_NESTING), list(MAX_NESTING), divs(MAX_NESTING)])
      expect(await check(source)).toBeUndefined();
    // Four-space indentation counts each level once.
    expect(await check(list(30, "    "))).toBeUndefined();
  });

  test.each([
    ["quotes", quotes(MAX_NESTING + 1), 1],
    ["lists", list(MAX_NESTING + 1), MAX_NESTING + 1],
    ["elements", divs(MAX_NESTING + 1), 1],
    ["500 quotes", quotes(500), 1],
    ["6,000 list markers on one line", `${"- ".repeat(6000)}x\n`, 1],
    ["mixed quotes and lists", `${"> - ".repeat(1000)}x\n`, 1],
    ["a 300-level list", list(300), 101],
  ])("%s one level too deep are refused, naming the line", async (_, source, line) => {
    expect(await check(source)).toEqual({ message: TOO_DEEP, line });
  });

  test("thousands of nested elements are refused quickly and clearly", async () => {
    const started = Date.now();
    expect((await check(divs(15_000)))?.message).toBe(TOO_DEEP);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("a body over the length limit is refused before it is parsed", async () => {
    expect(await check("a".repeat(MAX_MDX_LENGTH + 1))).toEqual({ message: TOO_LONG });
  });

  test("a deep list costs milliseconds to refuse, not seconds", async () => {
    const started = Date.now();
    await check(`${"- ".repeat(50_000)}x\n`);
    await check(list(400));
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("the quick line check skips fenced code and counts indentation only before markers", () => {
    const fenced = `\`\`\`\n${"> ".repeat(500)}\n\`\`\`\n`;
    expect(deepLine(fenced)).toBeUndefined();
    expect(deepLine(`${" ".repeat(500)}plain text\n`)).toBeUndefined();
    expect(deepLine(`text\n${" ".repeat(500)}- item\n`)).toBe(2);
    // Self-closing elements and tags in code spans open nothing; a long unclosed tag is quick.
    expect(deepLine(`${"<br /> `<div>` ".repeat(500)}\n`)).toBeUndefined();
    expect(deepLine(`<a${" ".repeat(150_000)}\n`)).toBeUndefined();
    expect(deepLine(`${"<Callout>".repeat(101)}\n`)).toBe(1);
  });

  test("nesting is counted without recursion", () => {
    type N = { type: string; children?: N[] };
    let node: N = { type: "text" };
    for (let i = 0; i < 100_000; i++) node = { type: "blockquote", children: [node] };
    expect(nestingOf({ type: "root", children: [node] } as N).depth).toBe(100_000);
  });
});

describe("symbolic links are never followed", () => {
  let outside: string;
  let secretFile: string;
  const SECRET = "top-secret-0f3c";

  beforeAll(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), "blog-outside-"));
    secretFile = path.join(outside, "secret.png");
    // A real image header, so only the link (not the bytes) can be the reason for refusing it.
    fs.writeFileSync(secretFile, Buffer.concat([PNG_1X1, Buffer.from(SECRET)]));
  });
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }));

  test("a link in the media folder is neither served nor listed", async () => {
    const dataDir = createDataDir("links");
    try {
      const uploader = {
        id: "00000000-0000-4000-8000-000000000001",
        role: "owner",
        authorId: "o",
      } as const;
      const real = await saveUpload(fs.readFileSync(secretFile), { uploader });
      const link = `${"c".repeat(24)}.png`;
      fs.symlinkSync(secretFile, path.join(dataDir, "media", link));
      expect(await readMedia(link)).toBeUndefined();
      // The upload itself is served (re-encoded, so without the bytes appended to it).
      const stored = fs.readFileSync(path.join(dataDir, "media", real.name));
      expect((await readMedia(real.name))?.bytes.equals(stored)).toBe(true);
      expect(stored.toString("latin1")).not.toContain(SECRET);
      expect((await listMedia()).map((item) => item.name)).toEqual([real.name]);
    } finally {
      removeDataDir(dataDir);
    }
  });

  test("a post thumbnail pointing at a linked upload is not shown", () => {
    const dataDir = createDataDir("thumb-link");
    const contentDir = createContentDir("thumb-link");
    try {
      const link = `${"d".repeat(24)}.png`;
      fs.mkdirSync(path.join(dataDir, "media"));
      fs.symlinkSync(secretFile, path.join(dataDir, "media", link));
      writePost(contentDir, "with-thumb", {
        title: "With thumb",
        date: "2024-01-01",
        thumbnail: `/media/${link}`,
      });
      const [post] = loadContent().posts;
      expect(post?.thumbnail).toBeUndefined();
    } finally {
      removeContentDir(contentDir);
      removeDataDir(dataDir);
    }
  });

  test("tags.yml as a link is refused, not read", () => {
    const contentDir = createContentDir("tags-link");
    try {
      const target = path.join(outside, "tags.yml");
      fs.writeFileSync(target, `tags:\n  ${SECRET}:\n    name: Secret\n`);
      fs.symlinkSync(target, path.join(contentDir, "tags.yml"));
      expect(() => readTagMeta()).toThrow(ContentError);
      expect(() => readTagMeta()).toThrow(/symbolic links are refused/);
      const index = loadContent();
      expect(JSON.stringify(index.tagMeta)).not.toContain(SECRET);
      expect(index.errors.map((error) => error.message).join("\n")).toMatch(/tags\.yml/);
    } finally {
      removeContentDir(contentDir);
    }
  });
});

describe("upload names", () => {
  const png = PNG_1X1;

  test("a PNG named .jpg is refused with a message naming both types", () => {
    expect(() => checkImage(png, "photo.jpg")).toThrow(
      "This file is named as a JPEG image but holds a PNG image.",
    );
    expect(() => checkImage(png, "PHOTO.JPEG")).toThrow(/named as a JPEG image/);
  });

  test("a matching, missing or non-image extension is judged by the bytes alone", () => {
    for (const name of ["photo.png", "PHOTO.PNG", "photo", "clipboard", "x.constructor", undefined])
      expect(checkImage(png, name).extension).toBe("png");
  });
});

describe("saving refuses what rendering would silently drop", () => {
  const strict = (source: string, format: "md" | "mdx" = "mdx") =>
    findMdxProblem(source, format, mdxComponentNames, { strict: true });

  test.each([
    ["{process.env.HOME}\n", /code expressions cannot be used/, 1],
    ["Text {1 + 1} here.\n", /code expressions cannot be used/, 1],
    ['import x from "fs"\n\nHi.\n', /import and export/, 1],
    ["export const a = 1\n", /import and export/, 1],
    ["Intro.\n\n<script>alert(1)</script>\n", /<script> is not allowed/, 3],
    ["<style>{`body{display:none}`}</style>\n", /<style> is not allowed/, 1],
    ['<iframe src="https://example.com" />\n', /<iframe> is not allowed/, 1],
    ['<object data="x.swf" />\n', /<object> is not allowed/, 1],
    ['<embed src="x.swf" />\n', /<embed> is not allowed/, 1],
    ['<div onClick="alert(1)">x</div>\n', /onClick attribute is not allowed/, 1],
    ['<img src="/a.png" alt="" onerror="alert(1)" />\n', /onerror attribute/, 1],
    ["[x](javascript:alert(1))\n", /not javascript:/, 1],
    ["![x](data:image/svg+xml;base64,PHN2Zz4=)\n", /not data:/, 1],
    ['<a href="javascript:alert(1)">x</a>\n', /not javascript: in href on <a>/, 1],
    ["<div {...props}>x</div>\n", /attributes are not allowed/, 1],
  ])("%j is refused", async (source, message, line) => {
    const problem = await strict(source);
    expect(problem?.message).toMatch(message);
    expect(problem?.line).toBe(line);
    // Rendering stays lenient: the same text is not an error for content already on disk.
    expect(await findMdxProblem(source, "mdx", mdxComponentNames)).toBeUndefined();
  });

  test("raw HTML that runs code is refused in .md posts too; harmless HTML is not", async () => {
    expect((await strict("Hi <script>alert(1)</script>\n", "md"))?.message).toMatch(
      /HTML that runs/,
    );
    expect((await strict('<b onclick="x()">b</b>\n', "md"))?.message).toMatch(/HTML that runs/);
    expect(await strict("Hi <b>bold</b> <br>\n", "md")).toBeUndefined();
  });

  test("ordinary posts, MDX comments and code about scripts are fine", async () => {
    const source = [
      "# Title",
      "",
      "{/* a note for editors */}",
      "",
      '<Callout type="tip">Use `<script>` tags carefully.</Callout>',
      "",
      "```html",
      "<script>alert(1)</script>",
      "```",
      "",
      "[Site](https://example.com) and [mail](mailto:a@example.com) and [here](/blog).",
      "",
    ].join("\n");
    expect(await strict(source)).toBeUndefined();
  });
});
