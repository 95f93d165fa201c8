import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getContentIndex, invalidateContentIndex } from "@/lib/content/load";
import {
  getAuthors,
  getPostsByAuthor,
  getPostsByTag,
  getPublishedPost,
  getPublishedPosts,
  getTags,
  isPublished,
} from "@/lib/content/queries";
import { searchPosts } from "@/lib/content/search";
import {
  createContentDir,
  parseSource,
  removeContentDir,
  writePost,
} from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("drafts");
  writePost(dir, "live-post", {
    title: "Live zebra notes",
    date: "2024-01-10",
    tags: ["Shared"],
    author: "Live Writer",
  });
  writePost(dir, "draft-post", {
    title: "Draft zebra notes",
    date: "2024-01-11",
    draft: true,
    tags: ["Shared", "Draft Only"],
    author: "Draft Writer",
  });
  writePost(dir, "future-post", {
    title: "Future zebra notes",
    date: "2999-01-01",
    tags: ["Shared", "Future Only"],
    author: "Future Writer",
  });
});

afterAll(() => removeContentDir(dir));

describe("drafts and posts dated in the future", () => {
  test("are still read and validated, so mistakes in them are caught early", () => {
    const slugs = getContentIndex().posts.map((post) => post.slug);
    expect(slugs).toEqual(["future-post", "draft-post", "live-post"]);
  });

  test("are left out of the published list", () => {
    expect(getPublishedPosts().map((post) => post.slug)).toEqual(["live-post"]);
  });

  test("cannot be opened by their slug", () => {
    expect(getPublishedPost("live-post")?.title).toBe("Live zebra notes");
    expect(getPublishedPost("draft-post")).toBeUndefined();
    expect(getPublishedPost("future-post")).toBeUndefined();
  });

  test("do not create tags or add to tag counts", () => {
    expect(getTags()).toEqual([{ slug: "shared", name: "Shared", count: 1 }]);
    expect(getPostsByTag("draft-only")).toEqual([]);
    expect(getPostsByTag("future-only")).toEqual([]);
    expect(getPostsByTag("shared").map((post) => post.slug)).toEqual(["live-post"]);
  });

  test("do not give their byline an author page", () => {
    expect(getAuthors().map((author) => author.id)).toEqual(["live-writer"]);
    expect(getPostsByAuthor("draft-writer")).toEqual([]);
    expect(getPostsByAuthor("future-writer")).toEqual([]);
  });

  test("never appear in search results", () => {
    expect(searchPosts("zebra").map((result) => result.post.slug)).toEqual(["live-post"]);
    expect(searchPosts("draft")).toEqual([]);
    expect(searchPosts("future")).toEqual([]);
  });

  test("a future post appears once its date has come", () => {
    const later = new Date("2999-01-02T00:00:00Z");
    expect(getPublishedPosts(later).map((post) => post.slug)).toEqual(["future-post", "live-post"]);
  });

  test("a post added after the list was read can be opened without a restart", () => {
    getPublishedPosts();
    const source = fs
      .readFileSync(path.join(dir, "posts", "live-post.mdx"), "utf8")
      .replace("Live zebra notes", "Late arrival");
    fs.writeFileSync(path.join(dir, "posts", "late-post.mdx"), source);
    expect(getPublishedPost("late-post")?.title).toBe("Late arrival");
    fs.rmSync(path.join(dir, "posts", "late-post.mdx"));
    invalidateContentIndex();
  });
});

describe("isPublished", () => {
  const scheduled = parseSource({ title: "Scheduled", date: "2024-06-01T09:00:00Z" });
  const draft = parseSource({ title: "Draft", date: "2024-06-01", draft: true });

  test("a post is published from the moment of its date, not before", () => {
    expect(isPublished(scheduled, new Date("2024-06-01T08:59:59Z"))).toBe(false);
    expect(isPublished(scheduled, new Date("2024-06-01T09:00:00Z"))).toBe(true);
    expect(isPublished(scheduled, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });

  test("a draft is never published, whatever the date", () => {
    expect(isPublished(draft, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});
