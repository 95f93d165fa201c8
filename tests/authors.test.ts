import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getContentIndex, invalidateContentIndex, loadContent } from "@/lib/content/load";
import { getAuthor, getAuthors, getPostsByAuthor, getPublishedPosts } from "@/lib/content/queries";
import { siteConfig } from "@/lib/site-config";
import { tagSlug } from "@/lib/content/tags";
import {
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("authors");
  writeAuthor(
    dir,
    "ada",
    [
      "name: Ada Okafor",
      "avatar: /images/ada-okafor.svg",
      "links:",
      "  - label: Website",
      "    url: https://example.com/ada",
    ].join("\n"),
    "Ada mentors *early-career* developers.\n",
  );
  writeAuthor(dir, "lin", { name: "Lin Park", avatar: "https://example.com/lin.png" });
  writePost(dir, "by-id", { title: "By id", date: "2024-01-01", author: "ada" });
  writePost(dir, "by-name", { title: "By name", date: "2024-01-02", author: "Ada Okafor" });
  writePost(dir, "by-lower-name", { title: "Lower", date: "2024-01-03", author: "ada okafor" });
  writePost(dir, "guest", { title: "Guest", date: "2024-01-04", author: "Saeed Mirshekari" });
  writePost(dir, "anonymous", { title: "Anonymous", date: "2024-01-05" });
});

afterAll(() => removeContentDir(dir));

function author(slug: string) {
  return getPublishedPosts().find((post) => post.slug === slug)?.author;
}

describe("bylines", () => {
  test("the content has no errors", () => {
    expect(loadContent().errors).toEqual([]);
  });

  test("a byline naming a profile's id is credited to that profile", () => {
    expect(author("by-id")).toEqual({ id: "ada", name: "Ada Okafor" });
  });

  test("a byline naming a profile's display name is not credited to that profile", () => {
    // Display names are free text their owner edits: only ids (or a legacy name's slug) match.
    expect(author("by-name")).toEqual({ id: "ada-okafor", name: "Ada Okafor" });
    expect(author("by-lower-name")).toEqual({ id: "ada-okafor", name: "ada okafor" });
  });

  test("a byline with no profile still gets a stable slug id and its own author page", () => {
    expect(author("guest")).toEqual({ id: "saeed-mirshekari", name: "Saeed Mirshekari" });
    expect(getAuthor("saeed-mirshekari")).toEqual({
      id: "saeed-mirshekari",
      name: "Saeed Mirshekari",
      links: [],
      hasProfile: false,
    });
    expect(getPostsByAuthor("saeed-mirshekari").map((post) => post.slug)).toEqual(["guest"]);
  });

  test("a post without an author is credited to the site's default author", () => {
    expect(author("anonymous")).toEqual({
      id: tagSlug(siteConfig.defaultAuthor),
      name: siteConfig.defaultAuthor,
    });
  });
});

describe("author profiles", () => {
  test("a profile lists every post credited to it, newest first", () => {
    expect(getPostsByAuthor("ada").map((post) => post.slug)).toEqual(["by-id"]);
  });

  test("a profile's body becomes its bio and its links are kept", () => {
    expect(getAuthor("ada")).toEqual({
      id: "ada",
      name: "Ada Okafor",
      bio: "Ada mentors early-career developers.",
      avatar: "/images/ada-okafor.svg",
      links: [{ label: "Website", url: "https://example.com/ada" }],
      hasProfile: true,
    });
  });

  test("an avatar on another host is not used", () => {
    // Lin has no published post, so no public page: read the profile itself.
    expect(getContentIndex().authors.get("lin")?.avatar).toBeUndefined();
  });

  test("only bylines with published posts are listed, sorted by name (no Lin: no posts)", () => {
    // "ada okafor" is the legacy byline ada-okafor (two posts), not the profile "ada".
    expect(getAuthors().map((a) => a.name)).toEqual([
      "ada okafor",
      "Ada Okafor",
      "Saeed Mirshekari",
      siteConfig.defaultAuthor,
    ]);
  });

  test("a profile without a name is refused with a message naming its file", () => {
    writeAuthor(dir, "nameless", { bio: "Who?" });
    expect(loadContent().errors.map((e) => e.message)).toEqual([
      'authors/nameless.md: front matter field "name" is required',
    ]);
    fs.rmSync(path.join(dir, "authors", "nameless.md"));
    invalidateContentIndex();
  });
});
