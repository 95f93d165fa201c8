import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { deletePostFile, writePost } from "@/lib/content/write";
import { readPostFile, serializePost, versionOf } from "@/lib/content/post-file";
import { ContentConflict, ContentWriteError } from "@/lib/content/content-error";
import {
  clearContent,
  createContentDir,
  postSource,
  removeContentDir,
  writePost as writeFixture,
} from "./support/content-fixture";
import { listDir } from "./support/data-dir";

let dir: string;
const posts = () => listDir(path.join(dir, "posts"));
const fileText = (name: string) => fs.readFileSync(path.join(dir, "posts", name), "utf8");
const base = { title: "Hello", date: "2024-01-01" };

beforeAll(() => {
  dir = createContentDir("write");
});
beforeEach(() => clearContent(dir));
afterAll(() => removeContentDir(dir));

describe("writing a new post", () => {
  test("a new post is written as <slug>.mdx and parses back", async () => {
    const { post, version } = await writePost({
      slug: "hello",
      data: { ...base, tags: ["Mentoring"] },
      body: "Some words.",
    });
    expect(post.title).toBe("Hello");
    expect(posts()).toEqual(["hello.mdx"]);
    const file = await readPostFile("hello");
    expect(file?.version).toBe(version);
    expect(file?.data).toMatchObject({ title: "Hello", date: "2024-01-01", tags: ["Mentoring"] });
    expect(file?.body).toBe("Some words.\n");
  });

  test.each([
    "Before\n---\nAfter",
    "status: published",
    "x: y\n---\ndraft: false\n",
    'He said "hi": it\'s #1 & more',
    "---",
    "true",
    "2024-01-01",
  ])("the title %j round-trips unchanged through the YAML serializer", async (title) => {
    await writePost({ slug: "tricky", data: { ...base, title }, body: "Body" });
    const file = await readPostFile("tricky");
    expect(file?.data.title).toBe(title);
    expect(Object.keys(file?.data ?? {}).sort()).toEqual(["date", "id", "title"]);
    expect(file?.body).toBe("Body\n");
  });

  test("serializePost drops empty values and writes a Date as ISO text", () => {
    const text = serializePost(
      { title: "T", date: new Date("2024-03-04T05:06:07Z"), tags: [], draft: false, extra: "" },
      "B",
    );
    expect(text).toBe("---\ntitle: T\ndate: 2024-03-04T05:06:07.000Z\n---\nB\n");
  });

  test("creating a post over an existing slug is refused and keeps the old file", async () => {
    const old = writeFixture(dir, "taken", { title: "Old", date: "2024-01-01" });
    await expect(writePost({ slug: "taken", data: base, body: "New" })).rejects.toThrow(
      /already uses the address/,
    );
    writeFixture(dir, "other.md", { title: "Md", date: "2024-01-01" });
    await expect(writePost({ slug: "other", data: base, body: "x" })).rejects.toThrow(
      ContentWriteError,
    );
    expect(fileText("taken.mdx")).toBe(old);
  });

  test.each(["../x", "a/b", "A", "a".repeat(121), "x\u0000", "", "-a", "a--b", "a.b"])(
    "the slug %j is refused and nothing is written",
    async (slug) => {
      await expect(writePost({ slug, data: base, body: "x" })).rejects.toThrow(ContentWriteError);
      expect(await readPostFile(slug)).toBeUndefined();
      expect(posts()).toEqual([]);
      expect(listDir(dir).sort()).toEqual(["authors", "posts"]);
    },
  );

  test("invalid front matter or an unknown MDX component is refused before writing", async () => {
    await expect(
      writePost({ slug: "bad", data: { ...base, title: "" }, body: "x" }),
    ).rejects.toThrow(/title/);
    await expect(writePost({ slug: "bad", data: { title: "No date" }, body: "x" })).rejects.toThrow(
      /date/,
    );
    await expect(
      writePost({ slug: "bad", data: base, body: "Hi <Evil prop={1} />\n" }),
    ).rejects.toThrow(/Evil/);
    expect(posts()).toEqual([]);
  });

  const BRACE_WARNING =
    "Line 3: a { starts a code expression. To show a brace, write \\{ (with the backslash).";

  test("a draft with a writing mistake is saved, with the mistake as a warning", async () => {
    const body = "Intro.\n\nA set like {a, b\n";
    const { warning } = await writePost({ slug: "draft", data: { ...base, draft: true }, body });
    expect(warning).toBe(BRACE_WARNING);
    expect((await readPostFile("draft"))?.body).toBe(body);
    // An unknown component too: the renderer refuses it, so only publishing is blocked.
    const unknown = await writePost({
      slug: "chart",
      data: { ...base, draft: true },
      body: "<Chart />\n",
    });
    expect(unknown.warning).toBe(
      "Line 1: there is no component called <Chart>. You can use: Callout, Figure.",
    );
  });

  test("publishing, scheduling or submitting it stays refused, with the plain message", async () => {
    const body = "Intro.\n\nA set like {a, b\n";
    for (const data of [
      base,
      { ...base, date: "2099-01-01" },
      { ...base, draft: true, review: true },
    ])
      await expect(writePost({ slug: "refused", data, body })).rejects.toMatchObject({
        userMessage: BRACE_WARNING,
      });
    expect(posts()).toEqual([]);
  });

  test("unsafe content and limits are refused in drafts too", async () => {
    const draft = { ...base, draft: true };
    for (const [body, message] of [
      ["Home is {process.env.HOME}.\n", /code expressions cannot be used/],
      ["<script>alert(1)</script>\n", /<script> is not allowed/],
      [`${"> ".repeat(60)}deep\n`, /nested too deeply/],
    ] as const)
      await expect(writePost({ slug: "unsafe", data: draft, body })).rejects.toThrow(message);
    expect(posts()).toEqual([]);
  });
});

describe("editing an existing post", () => {
  test("unknown fields such as Eleventy's layout are kept on update", async () => {
    writeFixture(dir, "old", { title: "Old", date: "2024-01-01", layout: "post.njk" });
    const file = (await readPostFile("old"))!;
    await writePost({
      slug: "old",
      expectedVersion: file.version,
      data: { ...file.data, title: "New" },
      body: file.body,
    });
    expect((await readPostFile("old"))?.data).toMatchObject({ title: "New", layout: "post.njk" });
  });

  test("saving with a stale version throws ContentConflict with the current text", async () => {
    const current = writeFixture(dir, "busy", { title: "Theirs", date: "2024-01-01" });
    const stale = versionOf(postSource({ title: "Mine", date: "2024-01-01" }));
    const error = await writePost({
      slug: "busy",
      expectedVersion: stale,
      data: { ...base, title: "Mine" },
      body: "x",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentConflict);
    expect((error as ContentConflict).current).toEqual({
      source: current,
      version: versionOf(current),
    });
    expect(fileText("busy.mdx")).toBe(current);
  });

  test("overwrite: true replaces a newer version on purpose", async () => {
    writeFixture(dir, "busy", { title: "Theirs", date: "2024-01-01" });
    await writePost({
      slug: "busy",
      expectedVersion: "stale",
      overwrite: true,
      data: { ...base, title: "Mine" },
      body: "x",
    });
    expect((await readPostFile("busy"))?.data.title).toBe("Mine");
  });

  test("a rename moves the file and keeps its format", async () => {
    writeFixture(dir, "first.md", { title: "First", date: "2024-01-01" });
    const file = (await readPostFile("first"))!;
    await writePost({
      slug: "second",
      previousSlug: "first",
      expectedVersion: file.version,
      data: file.data,
      body: file.body,
    });
    expect(posts()).toEqual(["second.md"]);
    expect(await readPostFile("first")).toBeUndefined();
  });

  test("a rename onto a taken slug is refused and both files stay", async () => {
    writeFixture(dir, "first", { title: "First", date: "2024-01-01" });
    writeFixture(dir, "second", { title: "Second", date: "2024-01-01" });
    const file = (await readPostFile("first"))!;
    const rename = writePost({
      slug: "second",
      previousSlug: "first",
      expectedVersion: file.version,
      data: file.data,
      body: "changed",
    });
    await expect(rename).rejects.toThrow(/already uses the address "second"/);
    expect(posts()).toEqual(["first.mdx", "second.mdx"]);
    expect((await readPostFile("second"))?.data.title).toBe("Second");
  });

  test("a symlink or folder in posts/ cannot be read or written for editing", async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "blog-outside-")), "x.mdx");
    const secret = postSource({ title: "Secret", date: "2024-01-01" });
    fs.writeFileSync(outside, secret);
    fs.symlinkSync(outside, path.join(dir, "posts", "link.mdx"));
    fs.mkdirSync(path.join(dir, "posts", "folder.mdx"));
    await expect(readPostFile("link")).rejects.toThrow(ContentWriteError);
    await expect(readPostFile("folder")).rejects.toThrow(ContentWriteError);
    const version = versionOf(secret);
    for (const input of [
      { slug: "link", data: base, body: "pwned" },
      { slug: "link", expectedVersion: version, data: base, body: "pwned" },
      { slug: "link", expectedVersion: version, overwrite: true, data: base, body: "pwned" },
    ]) {
      await expect(writePost(input)).rejects.toThrow(ContentWriteError);
    }
    await expect(deletePostFile("link", version)).rejects.toThrow(ContentWriteError);
    expect(fs.readFileSync(outside, "utf8")).toBe(secret);
    expect(fs.lstatSync(path.join(dir, "posts", "link.mdx")).isSymbolicLink()).toBe(true);
    fs.rmSync(path.dirname(outside), { recursive: true });
  });

  test("no temporary files are left behind after writes", async () => {
    const { version } = await writePost({ slug: "a", data: base, body: "1" });
    const second = await writePost({ slug: "a", expectedVersion: version, data: base, body: "2" });
    await writePost({
      slug: "b",
      previousSlug: "a",
      expectedVersion: second.version,
      data: base,
      body: "3",
    });
    await writePost({ slug: "b", data: base, body: "dup" }).catch(() => undefined);
    expect(posts()).toEqual(["b.mdx"]);
    expect(listDir(dir).filter((n) => n.startsWith(".tmp-"))).toEqual([]);
  });

  test("deleting needs the version the mentor saw", async () => {
    const source = writeFixture(dir, "gone", { title: "Gone", date: "2024-01-01" });
    await expect(deletePostFile("gone", versionOf("other text"))).rejects.toBeInstanceOf(
      ContentConflict,
    );
    expect(fileText("gone.mdx")).toBe(source);
    await deletePostFile("gone", versionOf(source));
    expect(posts()).toEqual([]);
    await expect(deletePostFile("gone", versionOf(source))).rejects.toThrow(/no longer exists/);
  });

  test("readPostFile still returns a file whose front matter is broken, as raw text", async () => {
    fs.writeFileSync(path.join(dir, "posts", "broken.mdx"), "---\ntitle: [unclosed\n---\nBody\n");
    const file = await readPostFile("broken");
    expect(file?.data).toEqual({});
    expect(file?.source).toContain("[unclosed");
    expect(file?.version).toBe(versionOf(file!.source));
  });
});
