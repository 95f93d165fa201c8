import { describe, expect, test } from "vitest";
import { parseAuthor } from "@/lib/content/parse-author";
import { isExternalUrl, isSitePath, isSiteUrl } from "@/lib/mdx/safe-url";
import { siteConfig } from "@/lib/site-config";
import { siteImageField } from "@/lib/content/post-form";

/** Addresses that load from another host, or hide where they go. None may pass as "this site". */
const hostile: [string, string][] = [
  ["absolute https", "https://evil.example/x.png"],
  ["absolute http", "http://evil.example/x.png"],
  ["protocol-relative", "//evil.example/x.png"],
  ["backslash after the slash", "/\\evil.example/x.png"],
  ["two backslashes", "\\\\evil.example/x.png"],
  ["slash and backslash", "/\\/evil.example/x.png"],
  ["backslash first", "\\/evil.example/x.png"],
  ["scheme with one slash (https)", "https:/evil.example/x.png"],
  ["scheme with one slash (http)", "http:/evil.example/x.png"],
  ["scheme without slashes", "https:evil.example/x.png"],
  ["scheme with a backslash", "https:\\\\evil.example/x.png"],
  ["upper-case scheme", "HTTPS://evil.example/x.png"],
  ["tab between the slashes", "/\t/evil.example/x.png"],
  ["newline between the slashes", "/\n/evil.example/x.png"],
  ["carriage return between the slashes", "/\r/evil.example/x.png"],
  ["leading space", " //evil.example/x.png"],
  ["leading tab", "\t/images/x.png"],
  ["NUL", "/images/x.png\u0000"],
  ["no-break space", "/\u00a0/evil.example/x.png"],
  ["zero-width space", "/\u200b/evil.example/x.png"],
  ["right-to-left override", "/images/\u202egnp.x"],
  ["encoded slash", "/%2F/evil.example/x.png"],
  ["encoded slash (lower case)", "/%2f%2fevil.example/x.png"],
  ["encoded backslash", "/%5Cevil.example/x.png"],
  ["encoded dots", "/%2e%2e/%2e%2e/etc/passwd"],
  ["double-encoded slash", "/%252F/evil.example/x.png"],
  ["encoded tab", "/%09/evil.example/x.png"],
  ["encoded NUL", "/images/x.png%00.svg"],
  ["user info on this site", `${siteConfig.url}@evil.example/x.png`],
  ["this site's name as a subdomain", `${siteConfig.url}.evil.example/x.png`],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:image/png;base64,AAAA"],
  ["blob:", "blob:https://evil.example/x"],
  ["file:", "file:///etc/passwd"],
  ["empty", ""],
];

/** Ordinary addresses on this site. */
const onSite = [
  "/images/code-review-habits.svg",
  "/media/0123456789abcdef01234567.png",
  "/images/x.png?v=2",
  "/images/x.png#part",
  "/images/my%20photo.png",
  "/images/../images/x.png",
  `${siteConfig.url}/images/x.png`,
];

describe("isSiteUrl, the one same-site check", () => {
  test.each(hostile)("refuses %s (%j)", (_, value) => {
    expect(isSiteUrl(value)).toBe(false);
    expect(isSitePath(value)).toBe(false);
  });

  test.each(onSite)("accepts %j", (value) => expect(isSiteUrl(value)).toBe(true));

  test("accepts relative paths in posts, but only /paths for thumbnails and avatars", () => {
    expect(isSiteUrl("images/x.png")).toBe(true);
    expect(isSitePath("images/x.png")).toBe(false);
    expect(isSitePath("/images/x.png")).toBe(true);
  });

  test("every hostile form that leaves over http(s) counts as an external link", () => {
    for (const value of [
      "/\\evil.example/x",
      "https:/evil.example/x",
      "http:/evil.example/x",
      "//evil.example/x",
      "/\t/evil.example/x",
    ]) {
      expect(isExternalUrl(value), JSON.stringify(value)).toBe(true);
    }
  });
});

/** The fields trim their value first: only forms still hostile after trimming apply to them. */
const hostileFields = hostile.filter(([name]) => name !== "empty" && name !== "leading tab");

describe("the same check wherever an image is taken", () => {
  test.each(hostileFields)("a thumbnail or avatar field refuses %s", (_, value) => {
    const result = siteImageField.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Use an image on this site, like /media/….");
  });

  test("a thumbnail field keeps an ordinary site path and an empty value", () => {
    expect(siteImageField.parse("/media/0123456789abcdef01234567.png")).toBe(
      "/media/0123456789abcdef01234567.png",
    );
    expect(siteImageField.parse("")).toBe("");
  });

  test.each(hostileFields)("an author profile's avatar is dropped for %s", (_, value) => {
    const author = parseAuthor({
      file: "authors/ada.md",
      slug: "ada",
      format: "md",
      source: `---\nname: Ada\navatar: ${JSON.stringify(value)}\n---\n`,
    } as Parameters<typeof parseAuthor>[0]);
    expect(author.avatar).toBeUndefined();
  });

  test("an author profile keeps a site avatar", () => {
    const author = parseAuthor({
      file: "authors/ada.md",
      slug: "ada",
      format: "md",
      source: "---\nname: Ada\navatar: /images/ada.svg\n---\n",
    } as Parameters<typeof parseAuthor>[0]);
    expect(author.avatar).toBe("/images/ada.svg");
  });
});
