import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/accounts/roles";
import { listAuthorsForAdmin, listTagsForAdmin, postOpenTo } from "@/lib/content/admin-queries";
import { findAnyPost } from "@/lib/content/admin-queries";
import { invalidateContentIndex } from "@/lib/content/load";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";

/**
 * What the admin shows each role of other mentors' work: a contributor's editor once listed every
 * draft's tags and every byline, so an embargoed draft's topic and author were one click away.
 */
describe("tags and bylines each role may see", () => {
  let dir: string;
  const editor: Actor = { id: "e", role: "editor", authorId: "eve" };
  const contributor: Actor = { id: "c", role: "contributor", authorId: "carl" };
  const author: Actor = { id: "a", role: "author", authorId: "ada" };
  const names = (actor: Actor) => listTagsForAdmin(actor).map((tag) => tag.name);

  beforeAll(() => {
    dir = createContentDir("editor-visibility");
    clearContent(dir);
    writeAuthor(dir, "carl", { name: "Carl Contributor" });
    writeAuthor(dir, "ada", { name: "Ada Author" });
    writeAuthor(dir, "eve", { name: "Eve Editor" });
    writeAuthor(dir, "zed", { name: "Zed Secret" });
    const posts: [string, Record<string, string | boolean | string[]>][] = [
      ["carl-draft", { author: "carl", draft: true, tags: ["Carl Private"] }],
      ["ada-live", { author: "ada", tags: ["Mentoring", "Career"] }],
      ["eve-embargo", { author: "eve", draft: true, tags: ["Project Falcon", "mentoring"] }],
      ["eve-review", { author: "eve", draft: true, review: true, tags: ["Merger Talks"] }],
      ["eve-future", { author: "eve", date: "2999-01-01", tags: ["Launch Day"] }],
      ["zed-draft", { author: "zed", draft: true, tags: ["Zed Only"] }],
    ];
    for (const [slug, fields] of posts)
      writePost(dir, slug, { title: `Post ${slug}`, date: "2024-01-01", ...fields });
    // A tag an editor defined with no post yet: its name can be as telling as a draft's.
    fs.writeFileSync(
      path.join(dir, "tags.yml"),
      "tags:\n  unused-secret:\n    name: Unused Secret\n  career:\n    name: Careers\n",
    );
    invalidateContentIndex();
  });
  afterAll(() => removeContentDir(dir));

  test("editors are offered every tag, unused ones in tags.yml included", () => {
    expect(names(editor).sort()).toEqual(
      [
        "Carl Private",
        "Careers",
        "Launch Day",
        "Merger Talks",
        "Mentoring",
        "Project Falcon",
        "Unused Secret",
        "Zed Only",
      ].sort(),
    );
  });

  test("a contributor is offered tags of published posts and their own posts only", () => {
    // Published posts' spellings name the tag ("Mentoring"), not a draft's ("mentoring").
    expect(names(contributor)).toEqual(["Careers", "Carl Private", "Mentoring"]);
  });

  test("an author is offered tags of published posts and their own, not scheduled ones", () => {
    expect(names(author)).toEqual(["Careers", "Mentoring"]);
    expect(listTagsForAdmin(author).map((tag) => tag.slug)).toEqual(["career", "mentoring"]);
  });

  test("only editors get the list of bylines; others get their own", () => {
    expect(listAuthorsForAdmin(editor)).toEqual([
      { id: "ada", name: "Ada Author" },
      { id: "carl", name: "Carl Contributor" },
      { id: "eve", name: "Eve Editor" },
      { id: "zed", name: "Zed Secret" },
    ]);
    expect(listAuthorsForAdmin(contributor)).toEqual([{ id: "carl", name: "Carl Contributor" }]);
    expect(listAuthorsForAdmin(author)).toEqual([{ id: "ada", name: "Ada Author" }]);
  });

  test("a post is open to its author, to editors, and to everyone once published", () => {
    const open = (actor: Actor, slug: string) => postOpenTo(actor, findAnyPost(slug)!);
    expect(open(contributor, "carl-draft")).toBe(true);
    expect(open(contributor, "ada-live")).toBe(true);
    expect(open(contributor, "eve-embargo")).toBe(false);
    expect(open(contributor, "eve-future")).toBe(false);
    expect(open(author, "zed-draft")).toBe(false);
    expect(open(editor, "zed-draft")).toBe(true);
  });
});
