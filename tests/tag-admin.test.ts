import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { invalidateContentIndex } from "@/lib/content/load";
import { getAllTagsForAdmin, getTag, getTagRedirect } from "@/lib/content/queries";
import { createTag, deleteTag, describeTag, mergeTags, renameTag } from "@/lib/content/tag-admin";
import { readTagMeta, resolveTagRedirect, tagMetaFile } from "@/lib/content/tag-meta";
import { readPostFile } from "@/lib/content/post-file";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writePost,
} from "./support/content-fixture";

let dir: string;
const tagsOf = async (slug: string) => (await readPostFile(slug))?.data.tags;
const admin = (slug: string) => getAllTagsForAdmin().find((tag) => tag.slug === slug);

beforeAll(() => {
  dir = createContentDir("tag-admin");
});
beforeEach(() => {
  clearContent(dir);
  fs.rmSync(tagMetaFile(), { force: true });
  invalidateContentIndex();
});
afterAll(() => removeContentDir(dir));

describe("creating tags", () => {
  test("a new tag is saved in tags.yml with its description", async () => {
    expect(await createTag("Code Review", "Reading each other's code.")).toBe("code-review");
    expect(YAML.parse(fs.readFileSync(tagMetaFile(), "utf8"))).toEqual({
      tags: { "code-review": { name: "Code Review", description: "Reading each other's code." } },
      redirects: {},
    });
    expect(admin("code-review")).toEqual({
      slug: "code-review",
      name: "Code Review",
      count: 0,
      description: "Reading each other's code.",
    });
  });

  test("a tag that exists in any spelling is refused", async () => {
    writePost(dir, "one", { title: "One", date: "2024-01-01", tags: ["Machine Learning"] });
    for (const name of ["machine learning", " Machine  Learning ", "MACHINE-LEARNING"]) {
      await expect(createTag(name, "")).rejects.toThrow(/already exists/);
    }
    await createTag("Rust", "");
    await expect(createTag("rust", "")).rejects.toThrow(/already exists/);
  });

  test("names without a letter or digit, or over 60 characters, are refused", async () => {
    await expect(createTag("!!!", "")).rejects.toThrow(/1 to 60 characters/);
    await expect(createTag("x".repeat(61), "")).rejects.toThrow(/1 to 60 characters/);
    expect(fs.existsSync(tagMetaFile())).toBe(false);
  });
});

describe("renaming tags", () => {
  beforeEach(() => {
    writePost(dir, "list", { title: "L", date: "2024-01-01", tags: ["JS", "Testing", "post"] });
    writePost(dir, "single", { title: "S", date: "2024-01-02", tags: '"js, Career"' });
    writePost(dir, "none", { title: "N", date: "2024-01-03", tags: ["Career"] });
  });

  test("every post is retagged, in list or single-string form, keeping its other tags", async () => {
    const source = fs.readFileSync(path.join(dir, "posts", "none.mdx"), "utf8");
    expect(await renameTag("js", "JavaScript")).toEqual({ slug: "javascript", posts: 2 });
    expect(await tagsOf("list")).toEqual(["JavaScript", "Testing", "post"]);
    expect(await tagsOf("single")).toEqual(["JavaScript", "Career"]);
    expect(fs.readFileSync(path.join(dir, "posts", "none.mdx"), "utf8")).toBe(source);
    expect(admin("js")).toBeUndefined();
    expect(admin("javascript")).toMatchObject({ name: "JavaScript", count: 2 });
  });

  test("the old slug redirects to the new one, and chains are followed", async () => {
    await renameTag("js", "ECMAScript");
    await renameTag("ecmascript", "JavaScript");
    expect(getTagRedirect("js")).toBe("javascript");
    expect(getTagRedirect("ecmascript")).toBe("javascript");
    expect(getTagRedirect("javascript")).toBeUndefined();
    const meta = { tags: {}, redirects: { a: "b", b: "c" } };
    expect(resolveTagRedirect(meta, "a")).toBe("c");
    expect(resolveTagRedirect(meta, "c")).toBeUndefined();
  });

  test("a loop written by hand in tags.yml never redirects a tag to itself", () => {
    const loops: Record<string, string>[] = [
      { a: "b", b: "a" },
      { a: "b", b: "c", c: "a" },
      { a: "a" },
    ];
    for (const redirects of loops) {
      expect(resolveTagRedirect({ tags: {}, redirects }, "a")).not.toBe("a");
    }
  });

  test("renaming a tag back removes the redirect that would now shadow it", async () => {
    await renameTag("js", "JavaScript");
    await renameTag("javascript", "JS");
    expect(readTagMeta().redirects).toEqual({ javascript: "js" });
    expect(getTagRedirect("js")).toBeUndefined();
  });

  test("renaming onto an existing tag is refused with a hint to merge", async () => {
    await expect(renameTag("js", "career")).rejects.toThrow(/merge/);
    expect(await tagsOf("list")).toEqual(["JS", "Testing", "post"]);
    expect(fs.existsSync(tagMetaFile())).toBe(false);
  });

  test("a description survives a rename", async () => {
    await createTag("Go", "The language.");
    await renameTag("go", "Golang");
    expect(admin("golang")).toMatchObject({ name: "Golang", description: "The language." });
    expect(readTagMeta().redirects).toEqual({ go: "golang" });
  });
});

describe("merging and deleting tags", () => {
  beforeEach(() => {
    writePost(dir, "both", {
      title: "B",
      date: "2024-01-01",
      tags: ["JS", "Career", "JavaScript"],
    });
    writePost(dir, "old", { title: "O", date: "2024-01-02", tags: ["js"] });
    writePost(dir, "new", { title: "N", date: "2024-01-03", tags: ["JavaScript"] });
  });

  test("merging moves posts to the target and de-duplicates", async () => {
    expect(await mergeTags("js", "javascript")).toBe(2);
    expect(await tagsOf("both")).toEqual(["JavaScript", "Career"]);
    expect(await tagsOf("old")).toEqual(["JavaScript"]);
    expect(admin("javascript")?.count).toBe(3);
    expect(admin("js")).toBeUndefined();
    expect(getTagRedirect("js")).toBe("javascript");
  });

  test("a tag cannot be merged into itself or into a missing tag", async () => {
    await expect(mergeTags("js", "js")).rejects.toThrow(/two different tags/);
    await expect(mergeTags("js", "nope")).rejects.toThrow(/no longer exists/);
    expect(await tagsOf("old")).toEqual(["js"]);
  });

  test("deleting removes the tag from every post and drops redirects to it", async () => {
    await mergeTags("js", "javascript");
    expect(await deleteTag("javascript")).toBe(3);
    expect(await tagsOf("both")).toEqual(["Career"]);
    expect((await readPostFile("old"))?.data.tags).toBeUndefined();
    expect(readTagMeta().redirects).toEqual({});
    expect(getTagRedirect("js")).toBeUndefined();
    expect(admin("javascript")).toBeUndefined();
  });

  test("a described tag shows its description in the admin list and on its public page", async () => {
    await describeTag("career", "Growing as an engineer.");
    expect(readTagMeta().tags.career).toEqual({ description: "Growing as an engineer." });
    expect(admin("career")?.description).toBe("Growing as an engineer.");
    expect(getTag("career")).toEqual({
      slug: "career",
      name: "Career",
      count: 1,
      description: "Growing as an engineer.",
    });
    await expect(describeTag("nope", "x")).rejects.toThrow(/no longer exists/);
  });

  test("a symlink in posts/ does not leave a rename half done", async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "blog-outside-"));
    fs.writeFileSync(path.join(outside, "x.mdx"), "---\ntitle: X\ndate: 2024-01-01\n---\n");
    for (const name of ["c-link.mdx", "n-link.mdx", "p-link.mdx"]) {
      fs.symlinkSync(path.join(outside, "x.mdx"), path.join(dir, "posts", name));
    }
    invalidateContentIndex();
    await renameTag("js", "ECMAScript").catch(() => undefined);
    const renamed = [await tagsOf("both"), await tagsOf("old")].map((t) =>
      (t as string[]).includes("ECMAScript"),
    );
    const redirected = readTagMeta().redirects.js === "ecmascript";
    fs.rmSync(outside, { recursive: true });
    expect(renamed).toEqual([redirected, redirected]);
  });
});
