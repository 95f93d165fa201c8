import { describe, expect, test } from "vitest";
import { DEFAULT_NEXT, safeNext } from "@/lib/auth/safe-next";

/** Ways to make "/admin…" land somewhere else, or on a page that is not an admin page. */
const hostile: [string, unknown][] = [
  ["dot segments then a second slash (the reported one)", "/admin/..//evil.example"],
  ["dot segments then three slashes", "/admin/..///evil.example"],
  ["dot segments out of /admin", "/admin/../blog/x"],
  ["a single dot segment", "/admin/./posts"],
  ["dot segments at the end", "/admin/posts/.."],
  ["a trailing dot segment to the root", "/admin/.."],
  ["protocol-relative", "//evil.example/admin"],
  ["protocol-relative with /admin in it", "//evil.example"],
  ["absolute URL", "https://evil.example/admin"],
  ["absolute URL on a look-alike path", "http://x/admin@evil.example"],
  ["scheme with one slash", "https:/evil.example/admin"],
  ["javascript:", "javascript:alert(1)//admin"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["backslash after the slash", "/\\evil.example/admin"],
  ["backslash inside", "/admin\\..\\..\\evil.example"],
  ["backslash then dots", "/admin/..\\/evil.example"],
  ["tab between the slashes", "/\t/evil.example/admin"],
  ["newline in the path", "/admin/\n/evil.example"],
  ["carriage return", "/admin\r\n/evil.example"],
  ["leading space", " /admin"],
  ["NUL", "/admin\u0000"],
  ["no-break space", "/admin/\u00a0"],
  ["zero-width space", "/admin/\u200b/x"],
  ["encoded slashes", "/admin/%2F%2Fevil.example"],
  ["encoded slash in lower case", "/admin/..%2f..%2fevil.example"],
  ["encoded dots", "/admin/%2e%2e//evil.example"],
  ["encoded dots in upper case", "/admin/%2E%2E/%2E%2E/evil.example"],
  ["encoded backslash", "/admin/..%5C..%5Cevil.example"],
  ["double-encoded slash", "/admin/%252F%252Fevil.example"],
  ["encoded tab", "/admin/%09/evil.example"],
  ["double slash inside", "/admin//evil.example"],
  ["not an admin page", "/blog/x"],
  ["a look-alike prefix", "/administrator"],
  ["a look-alike prefix with a dash", "/admin-evil"],
  ["the root", "/"],
  ["a relative path", "admin/posts"],
  ["a query alone", "?next=/admin"],
  ["empty", ""],
  ["too long", `/admin/${"a".repeat(500)}`],
  ["not a string", ["/admin"]],
  ["undefined", undefined],
];

describe("safeNext (review, December 2026)", () => {
  test.each(hostile)("refuses %s", (_, next) => expect(safeNext(next)).toBe(DEFAULT_NEXT));

  test.each([
    ["/admin", "/admin"],
    ["/admin/", "/admin/"],
    ["/admin/posts/my-first-post", "/admin/posts/my-first-post"],
    ["/admin?status=draft&page=2", "/admin?status=draft&page=2"],
    ["/admin/tags#top", "/admin/tags"],
  ])("keeps the admin page %j", (next, expected) => expect(safeNext(next)).toBe(expected));

  test("what it returns always resolves to an admin page on this site", () => {
    for (const [, next] of hostile) {
      const url = new URL(safeNext(next), "https://blog.example/signin");
      expect(url.origin).toBe("https://blog.example");
      expect(url.pathname).toBe("/admin");
    }
  });
});
