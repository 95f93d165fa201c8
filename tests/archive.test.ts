import { describe, expect, test } from "vitest";
import { parseYearParam, postsByYear } from "@/lib/content/archive";
import type { Post } from "@/lib/content/types";

const post = (slug: string, iso: string) => ({ slug, date: new Date(iso) }) as Post;

describe("the archive by year (issue #13)", () => {
  test("groups newest-first posts by their UTC year, keeping their order", () => {
    const years = postsByYear([
      post("new-year", "2025-01-01T00:30:00Z"),
      post("late", "2024-12-31T23:30:00Z"),
      post("early", "2024-01-02T00:00:00Z"),
      post("old", "2019-06-01T00:00:00Z"),
    ]);
    expect(years.map((y) => [y.year, y.posts.map((p) => p.slug)])).toEqual([
      [2025, ["new-year"]],
      [2024, ["late", "early"]],
      [2019, ["old"]],
    ]);
    expect(postsByYear([])).toEqual([]);
  });

  test.each([
    ["2024", 2024],
    ["0999", 999],
    ["24", undefined],
    ["20245", undefined],
    ["2024.0", undefined],
    ["%32024", undefined],
  ])("the year in the address %j reads as %j", (value, year) =>
    expect(parseYearParam(value)).toBe(year),
  );
});
