import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPublishedPost, getTags } from "@/lib/content";
import { invalidateContentIndex } from "@/lib/content/load";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("tag-names");
  writePost(dir, "first", {
    title: "First",
    date: "2024-01-01",
    tags: ["machine-learning", "python"],
  });
  writePost(dir, "second", { title: "Second", date: "2024-02-01", tags: ["Machine Learning"] });
  writePost(dir, "third", { title: "Third", date: "2024-03-01", tags: ["Machine Learning"] });
});

afterAll(() => removeContentDir(dir));

describe("a tag's name on posts", () => {
  test("is the name most posts use, also on a post that spells it as a slug", () => {
    expect(getPublishedPost("first")?.tags).toEqual([
      { slug: "machine-learning", name: "Machine Learning" },
      { slug: "python", name: "python" },
    ]);
    expect(getTags().map((tag) => tag.name)).toEqual(["Machine Learning", "python"]);
  });

  test("is the name chosen in tags.yml when there is one, on the tags page and every chip", () => {
    fs.writeFileSync(path.join(dir, "tags.yml"), "tags:\n  python:\n    name: Python\n");
    invalidateContentIndex();
    expect(getPublishedPost("first")?.tags.map((tag) => tag.name)).toEqual([
      "Machine Learning",
      "Python",
    ]);
    expect(getTags().map((tag) => tag.name)).toEqual(["Machine Learning", "Python"]);
  });
});
