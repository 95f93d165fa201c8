import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { deletePostFile, writePost } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { parseRedirects, readRedirects } from "@/lib/content/redirects";
import { postRedirectFor } from "@/lib/routing/post-redirect";
import { clearContent, createContentDir, removeContentDir } from "./support/content-fixture";

let dir: string;
const published = { title: "Moving post", date: "2024-01-01" };

beforeAll(() => {
  dir = createContentDir("post-redirects");
});
beforeEach(() => {
  clearContent(dir);
  fs.rmSync(path.join(dir, "redirects.yml"), { force: true });
});
afterAll(() => removeContentDir(dir));

/** Renames a post the way the editor does: from the version on disk. */
async function rename(from: string, to: string, data: Record<string, unknown> = published) {
  const file = await readPostFile(from);
  return writePost({
    slug: to,
    previousSlug: from,
    expectedVersion: file!.version,
    data,
    body: "Text.",
  });
}

describe("old addresses of renamed posts (issue #13)", () => {
  test("renaming a published post sends its old address to the new one, and on without chains", async () => {
    const { post } = await writePost({ slug: "first", data: published, body: "Text." });
    await rename("first", "second");
    expect(postRedirectFor("/blog/first")).toBe("/blog/second");
    expect(postRedirectFor("/blog/first/")).toBe("/blog/second");
    await rename("second", "third");
    expect(postRedirectFor("/blog/first")).toBe("/blog/third");
    expect(postRedirectFor("/blog/second")).toBe("/blog/third");
    expect(postRedirectFor("/blog/third")).toBeUndefined();
    // The file names the post by its id, so a later rename can find every old address.
    expect(readRedirects().posts["/blog/first"]).toEqual({ post: post.id, to: "third" });
  });

  test("a draft's or a scheduled post's old address is not kept: no reader has a link to it", async () => {
    await writePost({ slug: "draft-one", data: { ...published, draft: true }, body: "Text." });
    await rename("draft-one", "draft-two", { ...published, draft: true });
    await writePost({ slug: "later-one", data: { ...published, date: "2999-01-01" }, body: "T." });
    await rename("later-one", "later-two", { ...published, date: "2999-01-01" });
    expect(postRedirectFor("/blog/draft-one")).toBeUndefined();
    expect(postRedirectFor("/blog/later-one")).toBeUndefined();
    expect(fs.existsSync(path.join(dir, "redirects.yml"))).toBe(false);
  });

  test("moving back to an old address takes it over; a new post there wins over the redirect", async () => {
    await writePost({ slug: "a", data: published, body: "Text." });
    await rename("a", "b");
    await rename("b", "a");
    expect(postRedirectFor("/blog/a")).toBeUndefined();
    expect(postRedirectFor("/blog/b")).toBe("/blog/a");
    // Another post saved at "b": readers reach it, not the moved post.
    await writePost({ slug: "b", data: { ...published, title: "New B" }, body: "Text." });
    expect(postRedirectFor("/blog/b")).toBeUndefined();
    expect(readRedirects().posts["/blog/b"]).toBeUndefined();
  });

  test("deleting a moved post removes its old addresses", async () => {
    await writePost({ slug: "gone", data: published, body: "Text." });
    await rename("gone", "going");
    const file = await readPostFile("going");
    await deletePostFile("going", file!.version);
    expect(readRedirects().posts).toEqual({});
    expect(postRedirectFor("/blog/gone")).toBeUndefined();
  });

  test("a hand-edited file is read on the next request; one that leads nowhere redirects nowhere", async () => {
    await writePost({ slug: "live", data: published, body: "Text." });
    fs.writeFileSync(
      path.join(dir, "redirects.yml"),
      "posts:\n  /posts/live/:\n    post: x1\n    to: live\n  /blog/old:\n    post: x2\n    to: missing\n  /blog/bad:\n    post: x3\n    to: ../../etc\n",
    );
    expect(postRedirectFor("/posts/live")).toBe("/blog/live");
    expect(postRedirectFor("/blog/old")).toBeUndefined();
    expect(postRedirectFor("/blog/bad")).toBeUndefined();
    expect(postRedirectFor("/blog/unknown")).toBeUndefined();
  });

  test("a broken file names itself and the entry, and never stops a save", async () => {
    expect(() => parseRedirects("posts:\n  no-slash:\n    post: x\n    to: y\n")).toThrow(
      "redirects.yml: invalid old addresses: posts → no-slash: an old address must be a path starting with /",
    );
    fs.writeFileSync(path.join(dir, "redirects.yml"), "posts: [broken");
    await writePost({ slug: "still", data: published, body: "Text." });
    await rename("still", "saved");
    expect(await readPostFile("saved")).toBeDefined();
    expect(postRedirectFor("/blog/still")).toBeUndefined();
  });
});

describe("the content check", () => {
  test("names a broken redirects.yml", async () => {
    const { checkContent } = await import("@/lib/content/content-check");
    fs.writeFileSync(path.join(dir, "redirects.yml"), "posts:\n  /blog/x:\n    post: 1\n");
    const check = await checkContent({ mdx: false });
    expect(check.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^redirects\.yml: invalid old addresses: posts → \/blog\/x → /),
    );
  });
});
