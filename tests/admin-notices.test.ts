import { describe, expect, test } from "vitest";
import { tagNoticeHref, tagNoticeMessage } from "@/app/(admin)/admin/tags/notices";

const tags: Record<string, string> = { python: "Python", "machine-learning": "Machine Learning" };
const lookup = (slug: string) => tags[slug];
const messageFor = (href: string) =>
  tagNoticeMessage(Object.fromEntries(new URL(href, "http://x").searchParams), lookup);

describe("notices on the Tags page (review, December 2026)", () => {
  test.each([
    "Session expired, sign in at https://evil.example",
    "renamed ",
    "RENAMED",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "",
  ])("an unknown notice %j shows nothing", (notice) => {
    expect(tagNoticeMessage({ notice }, lookup)).toBeUndefined();
    expect(tagNoticeMessage({ notice: [notice, "renamed"] }, lookup)).toBeUndefined();
  });

  test("the action's own redirects read back as the messages it used to send", () => {
    expect(messageFor(tagNoticeHref("renamed", 1, "python"))).toBe(
      'Renamed to "Python" in 1 post. The old address redirects.',
    );
    expect(messageFor(tagNoticeHref("merged", 3))).toBe(
      "Merged: 3 posts moved. The old address redirects.",
    );
    expect(messageFor(tagNoticeHref("deleted", 1))).toBe("Tag deleted and removed from 1 post.");
  });

  test("the tag name comes from the tag list, never from the address", () => {
    expect(
      tagNoticeMessage({ notice: "renamed", posts: "2", tag: "Sign in at evil.example" }, lookup),
    ).toBe("Tag renamed. The old address redirects.");
    expect(
      tagNoticeMessage(
        { notice: "renamed", posts: "2", tag: "machine-learning", name: "Evil" },
        lookup,
      ),
    ).toBe('Renamed to "Machine Learning" in 2 posts. The old address redirects.');
  });

  test.each(["-1", "1e9", "2 posts, sign in at evil.example", "0x10", "1234567", " 1"])(
    "a post count of %j is not shown",
    (posts) => {
      expect(tagNoticeMessage({ notice: "deleted", posts }, lookup)).toBe("Tag deleted.");
      expect(tagNoticeMessage({ notice: "merged", posts }, lookup)).toBe(
        "Tags merged. The old address redirects.",
      );
    },
  );
});
