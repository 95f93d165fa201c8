import { afterAll, beforeAll, describe, expect, test } from "vitest";
import sitemap from "@/app/sitemap";
import { getAuthor, getAuthors, getPostsByAuthor } from "@/lib/content/queries";
import {
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("author-pages");
  writeAuthor(dir, "ada", { name: "Ada Okafor" });
  // An invitation never accepted: the admin wrote a profile, nothing was ever published.
  writeAuthor(dir, "invited", { name: "Invited Mentor" });
  // Only unpublished work: a draft and a post scheduled far ahead.
  writeAuthor(dir, "drafter", { name: "Dora Drafter" });
  writePost(dir, "live", { title: "Live", date: "2024-01-01", author: "ada" });
  writePost(dir, "draft", { title: "Draft", date: "2024-01-02", author: "drafter", draft: true });
  writePost(dir, "future", { title: "Future", date: "2999-01-01", author: "drafter" });
});

afterAll(() => removeContentDir(dir));

describe("author pages (review, December 2026)", () => {
  test("only bylines with a published post are authors", () => {
    expect(getAuthors().map((author) => author.id)).toEqual(["ada"]);
  });

  test("a profile without published posts has no page: getAuthor is empty, so the page is a 404", () => {
    for (const id of ["invited", "drafter"]) {
      expect(getAuthor(id), id).toBeUndefined();
      expect(getPostsByAuthor(id), id).toEqual([]);
    }
    expect(getAuthor("ada")?.name).toBe("Ada Okafor");
  });

  test("the sitemap lists no author page for them", () => {
    const urls = sitemap().map((entry) => entry.url);
    expect(urls.filter((url) => url.includes("/authors/"))).toEqual([
      expect.stringMatching(/\/authors\/ada$/),
    ]);
    expect(urls.join(" ")).not.toMatch(/invited|drafter/);
  });
});
