import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/accounts/roles";
import {
  accessOf,
  ADMIN_PAGE_SIZE,
  findAnyPost,
  listAuthorsForAdmin,
  listPostsForAdmin,
} from "@/lib/content/admin-queries";
import { invalidateContentIndex } from "@/lib/content/load";
import { postStatus } from "@/lib/content/status";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";

const NOW = new Date("2025-06-01T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("postStatus", () => {
  test("drafts, submitted drafts, future and past posts", () => {
    const date = at("2025-01-01");
    expect(postStatus({ draft: true, review: false, date }, NOW)).toBe("draft");
    expect(postStatus({ draft: true, review: true, date }, NOW)).toBe("review");
    expect(postStatus({ draft: false, review: true, date }, NOW)).toBe("published");
    expect(postStatus({ draft: false, review: false, date: at("2025-06-01T12:00:01Z") }, NOW)).toBe(
      "scheduled",
    );
    expect(postStatus({ draft: false, review: false, date: NOW }, NOW)).toBe("published");
  });

  test("a scheduled post counts as published when deciding who may edit it", () => {
    const post = { author: { id: "me", name: "Me" }, draft: false, review: false };
    expect(accessOf({ ...post, date: at("2999-01-01") })).toEqual({
      authorId: "me",
      published: true,
    });
    expect(accessOf({ ...post, draft: true, review: true, date: at("2020-01-01") })).toEqual({
      authorId: "me",
      published: false,
    });
  });
});

describe("the admin post list", () => {
  let dir: string;
  const editor: Actor = { id: "e", role: "editor", authorId: "eve" };
  const contributor: Actor = { id: "c", role: "contributor", authorId: "carl" };
  const slugs = async (
    actor: Actor,
    filter: Partial<Parameters<typeof listPostsForAdmin>[1]> = {},
  ) => (await listPostsForAdmin(actor, { page: 1, ...filter })).list.items.map((row) => row.slug);

  beforeAll(() => {
    dir = createContentDir("admin-queries");
    clearContent(dir);
    writeAuthor(dir, "carl", { name: "Carl Contributor" });
    const files: [string, Record<string, string | boolean | string[]>, string][] = [
      ["carl-draft", { author: "carl", draft: true, tags: ["Go"] }, "2025-01-04"],
      ["carl-live", { author: "carl", tags: ["Rust"] }, "2025-01-03"],
      ["eve-review", { author: "Eve", draft: true, review: true, tags: ["Go"] }, "2025-01-02"],
      ["eve-future", { author: "Eve", date: "2999-01-01" }, "2025-01-01"],
    ];
    for (const [slug, fields, mtime] of files) {
      writePost(dir, slug, { title: `Post ${slug}`, date: "2024-01-01", ...fields });
      fs.utimesSync(path.join(dir, "posts", `${slug}.mdx`), at(mtime), at(mtime));
    }
    fs.writeFileSync(path.join(dir, "posts", "broken.mdx"), "---\ntitle: Broken\n---\n");
    invalidateContentIndex();
  });
  afterAll(() => removeContentDir(dir));

  test("editors see every post, most recently changed first", async () => {
    expect(await slugs(editor)).toEqual(["carl-draft", "carl-live", "eve-review", "eve-future"]);
  });

  test("contributors see only their own posts, and no broken files", async () => {
    expect(await slugs(contributor)).toEqual(["carl-draft", "carl-live"]);
    expect((await listPostsForAdmin(contributor, { page: 1 })).errors).toEqual([]);
    expect((await listPostsForAdmin(editor, { page: 1 })).errors).toEqual([
      { file: "posts/broken.mdx", message: expect.stringContaining("date") },
    ]);
  });

  test("rows carry their status and byline", async () => {
    const rows = (await listPostsForAdmin(editor, { page: 1 })).list.items;
    expect(rows.map((r) => [r.slug, r.status, r.authorId])).toEqual([
      ["carl-draft", "draft", "carl"],
      ["carl-live", "published", "carl"],
      ["eve-review", "review", "eve"],
      ["eve-future", "scheduled", "eve"],
    ]);
  });

  test("filters by status, tag, author and title words combine", async () => {
    expect(await slugs(editor, { status: "review" })).toEqual(["eve-review"]);
    expect(await slugs(editor, { tag: "go" })).toEqual(["carl-draft", "eve-review"]);
    expect(await slugs(editor, { tag: "go", author: "eve" })).toEqual(["eve-review"]);
    expect(await slugs(editor, { q: "  POST CARL-L " })).toEqual(["carl-live"]);
    expect(await slugs(contributor, { author: "eve" })).toEqual([]);
  });

  test("a page past the end shows the first page", async () => {
    const list = (await listPostsForAdmin(editor, { page: 99 })).list;
    expect(list).toMatchObject({ page: 1, totalPages: 1, total: 4 });
    expect(ADMIN_PAGE_SIZE).toBe(25);
  });

  test("findAnyPost finds drafts; authors are listed by name with bylines without profiles", () => {
    expect(findAnyPost("carl-draft")?.draft).toBe(true);
    expect(findAnyPost("broken")).toBeUndefined();
    expect(listAuthorsForAdmin(editor)).toEqual([
      { id: "carl", name: "Carl Contributor" },
      { id: "eve", name: "Eve" },
    ]);
  });
});
