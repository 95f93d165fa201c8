import { expect, test } from "@playwright/test";

/**
 * Site pages on the reader server (fixtures in e2e/fixtures/content/pages/): served at their own
 * address through the posts' MDX rules, listed in the sitemap, never in feeds; drafts and reserved
 * addresses answer 404.
 */
test("the About page opens at /about, on a desktop and on a phone", async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this blog");
    await expect(page).toHaveTitle("About this blog · Mentor Notes");
    await expect(page.getByRole("link", { name: "link to the tags" })).toHaveAttribute(
      "href",
      "/tags",
    );
  }
});

test("a page's hostile MDX is made harmless, as in posts", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/hostile-page");
  await expect(page.getByText("Plain words first.")).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src]):text("__pwned")').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(requests.filter((url) => url.includes("evil.example"))).toEqual([]);
});

test("drafts, reserved and unknown addresses are not pages", async ({ request }) => {
  for (const path of ["/unfinished", "/page", "/does-not-exist"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test("pages are in the sitemap, not in the feeds", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/\/about<\/loc>/);
  expect(sitemap).not.toMatch(/\/unfinished<\/loc>/);
  for (const feed of ["/feed.xml", "/atom.xml", "/feed.json"])
    expect(await (await request.get(feed)).text(), feed).not.toContain("About this blog");
});
