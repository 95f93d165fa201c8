import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { pagesDir } from "@/lib/data/content-paths";
import { pageSlugProblem } from "@/lib/content/page-slugs";
import { deletePage, PAGE_CHANGED, savePage } from "@/lib/content/page-write";
import { getPublishedPages, listPages, readPage } from "@/lib/content/pages";
import { revisions } from "@/lib/history/git";

const who = { name: "ed-itor", email: "editor@example.com" };
const about = {
  slug: "about",
  title: "About us",
  description: "",
  body: "Hello **there**.",
  draft: false,
};

afterEach(() => fs.rmSync(pagesDir(), { recursive: true, force: true }));

describe("page addresses", () => {
  test.each([
    "admin",
    "blog",
    "tags",
    "authors",
    "search",
    "feed-xml",
    "api",
    "media",
    "preview",
    "og",
    "signin",
    "setup",
    "invite",
    "page",
    "sitemap-xml",
    "robots-txt",
  ])("/%s is the site's own and refused in plain words", (slug) => {
    expect(pageSlugProblem(slug)).toBe(
      `The address /${slug} is used by the site itself. Choose another one, like "about-${slug}".`,
    );
  });

  test.each([
    "../accounts",
    "a/b",
    "feed.xml",
    "About",
    "a b",
    "..",
    "x".repeat(61),
    "%2e%2e",
    "-a",
  ])("%j is not an address", (slug) =>
    expect(pageSlugProblem(slug)).toMatch(/^Use lowercase letters, digits and dashes/),
  );

  test("ordinary addresses pass", () => {
    expect(pageSlugProblem("about")).toBeUndefined();
    expect(pageSlugProblem("resources-2026")).toBeUndefined();
  });
});

describe("saving pages", () => {
  test("a page is written like a post, gets an id, and is one history entry", async () => {
    const page = await savePage(about, who);
    expect(page).toMatchObject({ slug: "about", title: "About us", draft: false });
    expect(page.id).toMatch(/^[0-9a-f-]{36}$/);
    const source = fs.readFileSync(path.join(pagesDir(), "about.mdx"), "utf8");
    expect(source).toBe(`---\nid: ${page.id}\ntitle: About us\n---\nHello **there**.\n`);
    const [latest] = await revisions(["pages/about.mdx"]);
    expect(latest).toMatchObject({ message: "Create page About us", author: "ed-itor" });
  });

  test("drafts are listed for mentors, hidden from readers", async () => {
    await savePage({ ...about, draft: true }, who);
    expect(listPages().map((p) => p.slug)).toEqual(["about"]);
    expect(getPublishedPages()).toEqual([]);
  });

  test("reserved or tricky addresses are refused and nothing is written", async () => {
    for (const slug of ["admin", "../../data/accounts", "feed.xml"]) {
      await expect(savePage({ ...about, slug }, who)).rejects.toThrow();
    }
    expect(fs.existsSync(pagesDir()) ? fs.readdirSync(pagesDir()) : []).toEqual([]);
  });

  test("hostile MDX is refused with the posts' rules", async () => {
    for (const body of [
      "<script>alert(1)</script>",
      "<iframe src='https://evil.example'></iframe>",
      "{process.exit()}",
      "import x from 'fs'",
      "<Unknown />",
      "<a href='javascript:alert(1)'>x</a>",
    ]) {
      await expect(savePage({ ...about, body }, who), body).rejects.toThrow(/problem/);
    }
    expect(readPage("about")).toBeUndefined();
  });

  test("a save over someone else's newer version, or onto another page, is refused", async () => {
    const first = await savePage(about, who);
    const edit = { ...about, id: first.id, previousSlug: "about", version: first.version };
    const second = await savePage({ ...edit, body: "Second." }, who);
    await expect(savePage({ ...edit, body: "Stale." }, who)).rejects.toThrow(PAGE_CHANGED);
    await savePage({ ...about, slug: "team", title: "Team" }, who);
    const rename = { ...edit, version: second.version, slug: "team" };
    await expect(savePage(rename, who)).rejects.toThrow(
      "Another page already has the address /team. Choose another one.",
    );
    expect(readPage("about")?.body).toBe("Second.\n");
  });

  test("renaming moves the file; deleting needs the page's own id", async () => {
    const first = await savePage(about, who);
    const moved = await savePage(
      { ...about, id: first.id, previousSlug: "about", version: first.version, slug: "who-we-are" },
      who,
    );
    expect(readPage("about")).toBeUndefined();
    expect(moved.id).toBe(first.id);
    await expect(
      deletePage("who-we-are", "00000000-0000-4000-8000-000000000000", who),
    ).rejects.toThrow("This page no longer exists.");
    await deletePage("who-we-are", first.id!, who);
    expect(listPages()).toEqual([]);
  });

  test("a link planted in the pages folder is never read", async () => {
    fs.mkdirSync(pagesDir(), { recursive: true });
    const secret = path.join(path.dirname(pagesDir()), "secret.txt");
    fs.writeFileSync(secret, "---\ntitle: Secret\n---\nsecret");
    fs.symlinkSync(secret, path.join(pagesDir(), "leak.mdx"));
    expect(readPage("leak")).toBeUndefined();
    expect(listPages()).toEqual([]);
  });
});

describe("saving settings", () => {
  test("each save is one history entry by the admin; a stale form is refused", async () => {
    const { saveSiteSettings, settingsVersion, SETTINGS_CHANGED } =
      await import("@/lib/content/site-settings-write");
    const { siteConfig } = await import("@/lib/site-config");
    const { DEFAULT_SETTINGS } = await import("@/lib/site-settings");
    const admin = { name: "ada-admin", email: "ada@example.com" };
    const opened = await settingsVersion();
    const result = await saveSiteSettings({ ...DEFAULT_SETTINGS, title: "Renamed" }, opened, admin);
    expect(result.saved).toBe(true);
    expect(siteConfig.title).toBe("Renamed");
    const [latest] = await revisions(["site.yml"]);
    expect(latest).toMatchObject({ message: "Update site settings", author: "ada-admin" });
    await expect(
      saveSiteSettings({ ...DEFAULT_SETTINGS, title: "Stale" }, opened, admin),
    ).rejects.toThrow(SETTINGS_CHANGED);
    expect(siteConfig.title).toBe("Renamed");
  });
});

describe("media the site uses", () => {
  test("the logo and images on pages count as used, so they cannot be deleted", async () => {
    const { describeUsage, isUsed, mediaUsage } = await import("@/lib/media/usage");
    const { settingsFile, forgetSiteSettings } = await import("@/lib/site-config");
    const logo = "0123456789abcdef01234567.png";
    const figure = "89abcdef0123456701234567.webp";
    fs.writeFileSync(settingsFile(), `title: x\nlogo: /media/${logo}\n`);
    forgetSiteSettings();
    await savePage({ ...about, body: `![Team](/media/${figure})` }, who);
    const usage = mediaUsage();
    expect(describeUsage(usage(logo))).toBe("the site logo");
    expect(describeUsage(usage(figure))).toBe("the page “About us”");
    expect(isUsed(usage("ffffffffffffffffffffffff.png"))).toBe(false);
    fs.rmSync(settingsFile());
    forgetSiteSettings();
  });
});
