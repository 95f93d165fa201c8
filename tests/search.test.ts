import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_QUERY_LENGTH, searchPage, searchPosts, searchTerms } from "@/lib/content/search";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("search");
  writePost(
    dir,
    "gradient-descent",
    {
      title: "Understanding Gradient Descent",
      date: "2024-03-01",
      description: "How models learn by walking downhill.",
      tags: ["Machine Learning"],
    },
    "We start with a **loss function** and a learning rate.\n",
  );
  writePost(
    dir,
    "code-review",
    {
      title: "Code Review Habits",
      date: "2024-04-01",
      description: "Small habits that make reviews kind.",
      tags: ["Career"],
    },
    "Reviewing code teaches both sides. Even gradient descent notebooks deserve review.\n",
  );
  writePost(
    dir,
    "interviews",
    { title: "Preparing for Interviews", date: "2024-05-01", tags: ["Career", "Python"] },
    "Practise explaining your reasoning out loud. Bring a [portfolio](https://example.com).\n",
  );
  writePost(
    dir,
    "regression",
    { title: "Fitting a Line", date: "2024-02-01" },
    "It is a **good** check[^2].\n\n[^2]: For linear regression there is also a `closed-form` solution.\n",
  );
});

afterAll(() => removeContentDir(dir));

function slugs(query: string): string[] {
  return searchPosts(query).map((result) => result.post.slug);
}

describe("searchPosts", () => {
  test("finds a post by a word of its title, whatever the case", () => {
    expect(slugs("INTERVIEWS")).toEqual(["interviews"]);
  });

  test("finds a post by a word of its description", () => {
    expect(slugs("downhill")).toEqual(["gradient-descent"]);
  });

  test("finds posts by tag name and by tag slug", () => {
    expect(slugs("python")).toEqual(["interviews"]);
    expect(slugs("machine-learning")).toEqual(["gradient-descent"]);
  });

  test("finds a post by a word of its body, including link text", () => {
    expect(slugs("reasoning")).toEqual(["interviews"]);
    expect(slugs("portfolio")).toEqual(["interviews"]);
  });

  test("does not match Markdown syntax or link URLs", () => {
    expect(slugs("**")).toEqual([]);
    expect(slugs("example.com")).toEqual([]);
  });

  test("requires every term to match somewhere in the post", () => {
    expect(slugs("career python")).toEqual(["interviews"]);
    expect(slugs("career gradient")).toEqual(["code-review"]);
    expect(slugs("gradient nonexistentword")).toEqual([]);
  });

  test("ranks a title match above a post that only mentions the term in its body", () => {
    // The code review post is newer, so only the title weight can put gradient descent first.
    expect(slugs("gradient descent")).toEqual(["gradient-descent", "code-review"]);
  });

  test("lists posts with equally good matches newest first", () => {
    expect(slugs("career")).toEqual(["interviews", "code-review"]);
  });

  test("returns nothing for an empty or blank query", () => {
    expect(searchPosts("")).toEqual([]);
    expect(searchPosts("   \n\t")).toEqual([]);
  });

  test("respects the result limit", () => {
    expect(searchPosts("career", 1)).toHaveLength(1);
  });

  test("shows a snippet of the body around the match", () => {
    const [result] = searchPosts("reasoning");
    expect(result?.snippet).toContain("explaining your reasoning out loud");
    expect(result?.snippet).not.toContain("https://");
  });

  test("shows plain words in a snippet, never Markdown or footnote syntax", () => {
    const [result] = searchPosts("closed-form");
    expect(result?.snippet).toBe(
      "It is a good check. For linear regression there is also a closed-form solution.",
    );
  });

  test("shows the description as the snippet when only the title matched", () => {
    const [result] = searchPosts("habits");
    expect(result?.post.slug).toBe("code-review");
    expect(result?.snippet).toBe("Small habits that make reviews kind.");
  });
});

describe("searchTerms", () => {
  test("splits on whitespace, lower-cases and removes repeated terms", () => {
    expect(searchTerms("  Gradient  gradient\tDESCENT ")).toEqual(["gradient", "descent"]);
  });

  test("ignores text past the length limit and uses at most ten terms", () => {
    expect(searchTerms("a".repeat(MAX_QUERY_LENGTH) + "b")).toEqual(["a".repeat(MAX_QUERY_LENGTH)]);
    expect(searchTerms("1 2 3 4 5 6 7 8 9 10 11 12")).toHaveLength(10);
  });
});

describe("searchPage", () => {
  test("cuts the ranked results into pages and knows where they end", () => {
    const all = slugs("e");
    expect(all.length).toBeGreaterThan(1);
    const first = searchPage("e", 1, 1);
    expect(first?.items.map((result) => result.post.slug)).toEqual(all.slice(0, 1));
    expect(first?.totalPages).toBe(all.length);
    expect(first?.total).toBe(all.length);
    expect(searchPage("e", all.length, 1)?.items[0]?.post.slug).toBe(all.at(-1));
    expect(searchPage("e", all.length + 1, 1)).toBeUndefined();
  });

  test("an empty query is one empty page", () => {
    expect(searchPage("   ", 1)).toMatchObject({ items: [], total: 0, totalPages: 1 });
  });
});
