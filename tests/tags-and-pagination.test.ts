import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPostsByTag, getTag, getTags, paginate, parsePageParam } from "@/lib/content/queries";
import { chooseTagName, normaliseTags, tagSlug } from "@/lib/content/tags";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writePost,
} from "./support/content-fixture";

describe("tag slugs", () => {
  test("different spellings of one tag share one URL", () => {
    expect(tagSlug("Machine Learning")).toBe("machine-learning");
    expect(tagSlug("machine-learning")).toBe("machine-learning");
    expect(tagSlug(" machine  learning ")).toBe("machine-learning");
    expect(tagSlug("machine_learning")).toBe("machine-learning");
  });

  test("C++, C# and C are different tags", () => {
    const slugs = new Set([tagSlug("C++"), tagSlug("C#"), tagSlug("C")]);
    expect(slugs.size).toBe(3);
    expect(tagSlug("C")).toBe("c");
  });

  test("a tag slug is safe to put in a URL", () => {
    for (const name of ["Node.js", "R&D / Ops", "Ünïcode Tag", "C++"]) {
      expect(tagSlug(name)).toMatch(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u);
    }
  });
});

describe("normaliseTags", () => {
  test("keeps one tag per slug, spelled as first written, and drops empty ones", () => {
    expect(
      normaliseTags(["Machine Learning", "machine-learning", " machine  learning ", " "]),
    ).toEqual([{ slug: "machine-learning", name: "Machine Learning" }]);
  });

  test("tidies the spacing of a tag's name", () => {
    expect(normaliseTags(["  Code   Review "])).toEqual([
      { slug: "code-review", name: "Code Review" },
    ]);
  });

  test("chooseTagName prefers the most used spelling, then one written for people", () => {
    expect(chooseTagName(["machine-learning", "Machine Learning"])).toBe("Machine Learning");
    expect(chooseTagName(["ml", "ML", "ML"])).toBe("ML");
  });
});

describe("tags across posts", () => {
  let dir: string;

  beforeAll(() => {
    dir = createContentDir("tags");
    clearContent(dir);
    writePost(dir, "one", { title: "One", date: "2024-01-01", tags: ["Machine Learning", "C++"] });
    writePost(dir, "two", { title: "Two", date: "2024-01-02", tags: ["machine-learning", "C"] });
    writePost(dir, "three", {
      title: "Three",
      date: "2024-01-03",
      tags: '"Machine Learning, machine-learning, post"',
    });
  });

  afterAll(() => removeContentDir(dir));

  test("spellings of one tag are merged, counted once per post and shown readably", () => {
    expect(getTags()).toEqual([
      { slug: "machine-learning", name: "Machine Learning", count: 3 },
      { slug: "c", name: "C", count: 1 },
      { slug: tagSlug("C++"), name: "C++", count: 1 },
    ]);
  });

  test("a tag page lists every post with any spelling of the tag, newest first", () => {
    expect(getPostsByTag("machine-learning").map((post) => post.slug)).toEqual([
      "three",
      "two",
      "one",
    ]);
    expect(getPostsByTag("c").map((post) => post.slug)).toEqual(["two"]);
  });

  test("Eleventy's post collection tag is not a topic", () => {
    expect(getTag("post")).toBeUndefined();
    expect(getTag("machine-learning")?.count).toBe(3);
  });
});

describe("pagination", () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  test("splits a list into pages of the given size", () => {
    expect(paginate(items, 1, 10)).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      page: 1,
      totalPages: 3,
      total: 25,
    });
    expect(paginate(items, 3, 10)?.items).toEqual([21, 22, 23, 24, 25]);
  });

  test("a page past the end, page 0 or a non-number has no page", () => {
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, -1, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
    expect(paginate(items, Number.NaN, 10)).toBeUndefined();
  });

  test("an empty list still has a first, empty page", () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
    expect(paginate([], 2, 10)).toBeUndefined();
  });

  test("uses ten posts per page by default", () => {
    expect(paginate(items, 1)?.items).toHaveLength(10);
  });

  test("only plain positive whole numbers are page numbers in a URL", () => {
    expect(parsePageParam("1")).toBe(1);
    expect(parsePageParam("12")).toBe(12);
    for (const bad of ["0", "01", "abc", "-1", "1.5", "", " 2", "2 ", "1e3", "9999999"]) {
      expect(parsePageParam(bad), bad).toBeNaN();
    }
  });

  test("a page number from the URL past the end finds no page", () => {
    expect(paginate(items, parsePageParam("4"), 10)).toBeUndefined();
    expect(paginate(items, parsePageParam("01"), 10)).toBeUndefined();
  });
});
