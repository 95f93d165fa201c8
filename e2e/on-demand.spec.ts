import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DIST_DIR, REPO_ROOT } from "./support/env";

/**
 * The reader server is built with PRERENDER_POSTS=2 (playwright.config.ts): only the two newest
 * posts are rendered by the build. An older post renders on its first visit and must then be
 * indistinguishable from a prerendered one: same status, same caching headers, same page.
 */
const PRERENDERED = "/blog/preparing-for-a-technical-interview";
const OLD = "/blog/writing-commit-messages-that-age-well";
const OLD_TITLE = "Writing Commit Messages That Age Well";

/** The routes `next build` wrote, from its own manifest (written once, never at run time). */
function builtRoutes(): string[] {
  const manifest = path.join(REPO_ROOT, E2E_DIST_DIR, "prerender-manifest.json");
  return Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).routes);
}

/** What a reader's browser loads and the page's outline, without the post's own words. */
async function outline(page: Page) {
  return page.evaluate(() => ({
    stylesheets: [...document.querySelectorAll("link[rel=stylesheet]")].map((l) =>
      l.getAttribute("href"),
    ),
    scripts: [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")),
    // The post's own text (its callouts, pictures) differs from post to post: leave it out.
    landmarks: [...document.querySelectorAll("header, nav, main, aside, footer")]
      .filter((e) => !e.parentElement?.closest(".prose"))
      .map((e) => `${e.tagName}:${e.getAttribute("aria-label") ?? ""}`),
    articleParts: [...(document.querySelector("main article")?.children ?? [])].map(
      (e) => e.tagName,
    ),
    meta: [...document.querySelectorAll("head meta[property], head meta[name]")]
      .map((m) => m.getAttribute("property") ?? m.getAttribute("name"))
      .sort(),
    jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
  }));
}

test("the build renders only the newest posts", () => {
  const routes = builtRoutes();
  expect(routes).toContain(PRERENDERED);
  expect(routes).toContain("/blog/a-mentors-reading-list");
  expect(routes).not.toContain(OLD);
  expect(routes.filter((route) => route.startsWith("/blog/"))).toHaveLength(2);
});

test("an older post answers like a prerendered one, on its first visit and after", async ({
  request,
}) => {
  const prerendered = await request.get(PRERENDERED);
  expect(prerendered.status()).toBe(200);
  const cacheControl = prerendered.headers()["cache-control"];
  expect(cacheControl).toMatch(/^s-maxage=300, stale-while-revalidate=\d+$/);
  for (const visit of ["first", "later"]) {
    const old = await request.get(OLD);
    expect(old.status(), visit).toBe(200);
    expect(old.headers()["cache-control"], visit).toBe(cacheControl);
    expect(old.headers()["content-security-policy"], visit).toBe(
      prerendered.headers()["content-security-policy"],
    );
    expect(await old.text(), visit).toContain(OLD_TITLE);
  }
});

test("an older post has the same page as a prerendered one", async ({ page }) => {
  await page.goto(PRERENDERED);
  const expected = await outline(page);
  await page.goto(OLD);
  await expect(page.getByRole("heading", { level: 1, name: OLD_TITLE })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "More posts" })).toBeVisible();
  expect(await outline(page)).toEqual(expected);
});

test("drafts and future posts still answer 404", async ({ request }) => {
  for (const slug of ["e2e-draft-post", "e2e-future-post"]) {
    expect((await request.get(`/blog/${slug}`)).status(), slug).toBe(404);
    // Asked again, from the cache this time: still not there.
    expect((await request.get(`/blog/${slug}`)).status(), slug).toBe(404);
  }
});

test("the sitemap and the feeds still list the older post", async ({ request }) => {
  for (const address of ["/sitemap.xml", "/feed.xml", "/atom.xml", "/feed.json"]) {
    const body = await (await request.get(address)).text();
    expect(body, address).toContain(OLD);
  }
});
