import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

const PUBLISHED_TITLE = "Preparing for a Technical Interview Without Burning Out";
const PUBLISHED_SLUG = "preparing-for-a-technical-interview";
const HIDDEN = ["e2e-draft-post", "e2e-future-post", "Secret draft post", "Post from the future"];

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "entry", "url"].includes(name),
});

function expectNothingHidden(body: string) {
  for (const hidden of HIDDEN) expect(body, `must not mention ${hidden}`).not.toContain(hidden);
}

test("RSS feed lists published posts only", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("xml");
  const body = await response.text();
  const items = parser.parse(body).rss.channel.item as { title: string; link: string }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.map((item) => item.title)).toContain(PUBLISHED_TITLE);
  expect(items.map((item) => item.link)).toContainEqual(
    expect.stringContaining(`/blog/${PUBLISHED_SLUG}`),
  );
  expectNothingHidden(body);
});

test("Atom feed lists published posts only", async ({ request }) => {
  const response = await request.get("/atom.xml");
  expect(response.ok()).toBe(true);
  const body = await response.text();
  const entries = parser.parse(body).feed.entry as { title: string | { "#text": string } }[];
  const titles = entries.map((entry) =>
    typeof entry.title === "string" ? entry.title : entry.title["#text"],
  );
  expect(titles).toContain(PUBLISHED_TITLE);
  expectNothingHidden(body);
});

test("tag feed lists only that tag's posts", async ({ request }) => {
  const response = await request.get("/tags/career/feed.xml");
  expect(response.ok()).toBe(true);
  const body = await response.text();
  const titles = (parser.parse(body).rss.channel.item as { title: string }[]).map(
    (item) => item.title,
  );
  expect(titles).toContain(PUBLISHED_TITLE);
  expect(titles).toHaveLength(4);
  expect(titles).not.toContain("Filler post 01");
  expectNothingHidden(body);
});

test("sitemap lists published posts only", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBe(true);
  const body = await response.text();
  const urls = (parser.parse(body).urlset.url as { loc: string }[]).map((url) => url.loc);
  expect(urls).toContainEqual(expect.stringMatching(new RegExp(`/blog/${PUBLISHED_SLUG}$`)));
  expect(urls).toContainEqual(expect.stringMatching(/\/tags\/career$/));
  expectNothingHidden(body);
});

test("JSON Feed lists published posts only", async ({ request }) => {
  const response = await request.get("/feed.json");
  expect(response.ok()).toBe(true);
  const body = await response.text();
  const feed = JSON.parse(body) as { version: string; items: { title: string; url: string }[] };
  expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
  expect(feed.items.map((item) => item.title)).toContain(PUBLISHED_TITLE);
  expectNothingHidden(body);
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.ok()).toBe(true);
  expect(await response.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test("draft and future posts answer 404 and are listed nowhere", async ({ page }) => {
  for (const slug of ["e2e-draft-post", "e2e-future-post"]) {
    const response = await page.goto(`/blog/${slug}`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  }
  expect((await page.goto("/tags/drafts-only"))?.status()).toBe(404);
  for (const path of ["/", "/page/2", "/page/3", "/tags", "/tags/career", "/tags/mentoring"]) {
    await page.goto(path);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 }), path).toBeVisible();
    for (const hidden of HIDDEN) await expect(main, path).not.toContainText(hidden);
    await expect(main.getByRole("link", { name: "Drafts Only" }), path).toHaveCount(0);
    await expect(main.locator("a[href*='e2e-draft-post'], a[href*='e2e-future-post']")).toHaveCount(
      0,
    );
  }
});

test("a post without thumbnail gets a generated social image", async ({ request }) => {
  const response = await request.get(`/og/${PUBLISHED_SLUG}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
});

test("post page head carries canonical, Open Graph, Twitter and JSON-LD data", async ({
  page,
  baseURL,
}) => {
  await page.goto(`/blog/${PUBLISHED_SLUG}`);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute(
    "href",
    `${baseURL}/blog/${PUBLISHED_SLUG}`,
  );
  await expect(page.locator("meta[property='og:title']")).toHaveAttribute(
    "content",
    PUBLISHED_TITLE,
  );
  await expect(page.locator("meta[property='og:image']")).toHaveAttribute(
    "content",
    `${baseURL}/og/${PUBLISHED_SLUG}`,
  );
  await expect(page.locator("meta[name='twitter:card']")).toHaveAttribute(
    "content",
    "summary_large_image",
  );
  const jsonLd = await page.locator("script[type='application/ld+json']").allTextContents();
  const posting = jsonLd
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((d) => d["@type"] === "BlogPosting");
  expect(posting).toMatchObject({
    headline: PUBLISHED_TITLE,
    mainEntityOfPage: `${baseURL}/blog/${PUBLISHED_SLUG}`,
  });
});
