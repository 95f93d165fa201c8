import { describe, expect, test } from "vitest";
import { countConflictMarkers, MARKERS, mergePost, mergeText } from "@/lib/content/merge";

const post = (over: Partial<Record<string, string>> = {}) => ({
  title: "Shared post",
  description: "About sharing.",
  tags: "git, writing",
  date: "2026-01-05T09:30",
  body: "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n",
  ...over,
});

describe("mergeText", () => {
  test("changes to different paragraphs merge cleanly, both kept", () => {
    const base = "One.\n\nTwo.\n\nThree.\n";
    const mine = "One, mine.\n\nTwo.\n\nThree.\n";
    const theirs = "One.\n\nTwo.\n\nThree, theirs.\n";
    expect(mergeText(base, mine, theirs)).toEqual({
      text: "One, mine.\n\nTwo.\n\nThree, theirs.\n",
      conflicts: 0,
    });
  });

  test("the same line changed differently becomes a marked hunk with both versions", () => {
    const { text, conflicts } = mergeText(
      "A.\nB.\nC.\n",
      "A.\nB mine.\nC.\n",
      "A.\nB theirs.\nC.\n",
    );
    expect(conflicts).toBe(1);
    expect(text).toBe(
      ["A.", MARKERS.mine, "B mine.", MARKERS.split, "B theirs.", MARKERS.theirs, "C.", ""].join(
        "\n",
      ),
    );
    expect(countConflictMarkers(text)).toBe(2);
  });

  test("the same change on both sides is no conflict", () => {
    expect(mergeText("A.\n", "A!\n", "A!\n")).toEqual({ text: "A!\n", conflicts: 0 });
  });

  test("CRLF and a missing final newline do not count as changes", () => {
    const merged = mergeText("A.\nB.\n", "A.\r\nB.\r\nC.", "A, theirs.\nB.\n\n");
    expect(merged).toEqual({ text: "A, theirs.\nB.\nC.\n", conflicts: 0 });
  });

  test("both appending at the end conflicts instead of guessing an order", () => {
    const merged = mergeText("A.\n", "A.\nMine.\n", "A.\nTheirs.\n");
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain("Mine.");
    expect(merged.text).toContain("Theirs.");
  });
});

describe("countConflictMarkers", () => {
  test("counts only marker lines at a line start", () => {
    expect(countConflictMarkers("a <<<<<<< b\n=======\n")).toBe(0);
    expect(countConflictMarkers("<<<<<<<\nx\n>>>>>>> theirs\n")).toBe(2);
    expect(countConflictMarkers("<<<<<<<< eight\n")).toBe(0);
  });
});

describe("mergePost", () => {
  test("a field changed on one side only takes that side", () => {
    const base = post();
    const result = mergePost(base, post({ title: "Mine" }), post({ description: "Theirs." }));
    expect(result.clean).toBe(true);
    expect(result.merged).toMatchObject({ title: "Mine", description: "Theirs." });
    expect(result.fieldConflicts).toEqual([]);
  });

  test("a field changed on both sides differently is a conflict that keeps mine", () => {
    const result = mergePost(post(), post({ title: "Mine" }), post({ title: "Theirs" }));
    expect(result.clean).toBe(false);
    expect(result.merged.title).toBe("Mine");
    expect(result.fieldConflicts).toEqual([
      { field: "title", base: "Shared post", mine: "Mine", theirs: "Theirs" },
    ]);
    expect(result.bodyConflicts).toBe(0);
  });

  test("values that save the same are equal: tag spacing, seconds, surrounding spaces", () => {
    const result = mergePost(
      post(),
      post({ tags: "git,writing", date: "2026-01-05T09:30:00", title: "Shared post " }),
      post({ tags: "git, writing, teams" }),
    );
    expect(result.clean).toBe(true);
    expect(result.merged.tags).toBe("git, writing, teams");
  });

  test("body and fields together: clean body, one field conflict", () => {
    const result = mergePost(
      post(),
      post({ body: "First, mine.\n\nSecond paragraph.\n\nThird paragraph.\n", title: "Mine" }),
      post({ body: "First paragraph.\n\nSecond paragraph.\n\nThird, theirs.\n", title: "Theirs" }),
    );
    expect(result.merged.body).toBe("First, mine.\n\nSecond paragraph.\n\nThird, theirs.\n");
    expect(result.bodyConflicts).toBe(0);
    expect(result.fieldConflicts.map((c) => c.field)).toEqual(["title"]);
    expect(result.clean).toBe(false);
  });

  test("a body conflict makes the merge unclean and leaves markers to resolve", () => {
    const result = mergePost(
      post(),
      post({ body: "First paragraph, mine.\n\nSecond paragraph.\n\nThird paragraph.\n" }),
      post({ body: "First paragraph, theirs.\n\nSecond paragraph.\n\nThird paragraph.\n" }),
    );
    expect(result.clean).toBe(false);
    expect(result.bodyConflicts).toBe(1);
    expect(countConflictMarkers(result.merged.body)).toBe(2);
  });
});
