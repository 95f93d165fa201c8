import { expect, test } from "@playwright/test";
import { FILLER_COUNT, FILLER_TAG } from "./support/test-posts";

const NEWEST = "A Mentor's Reading List for Growing Engineers";
const INTERVIEW = "Preparing for a Technical Interview Without Burning Out";
const INTERVIEW_PATH = "/blog/preparing-for-a-technical-interview";

test.describe("home page", () => {
  test("lists the newest posts with title, date, reading time and tags", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Mentor Notes" })).toBeVisible();
    const first = page.getByRole("main").getByRole("article").first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(NEWEST);
    await expect(first.locator("time")).toHaveText("12 November 2026");
    await expect(first).toContainText(/\d+ min read/);
    const tags = first.getByRole("list", { name: `Tags for ${NEWEST}` });
    await expect(tags.getByRole("link", { name: "Career" })).toHaveAttribute(
      "href",
      "/tags/career",
    );
    // Newest first: the second card is the September post.
    await expect(
      page.getByRole("main").getByRole("article").nth(1).getByRole("heading"),
    ).toHaveText(INTERVIEW);
  });
});

test.describe("post page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: INTERVIEW }).click();
    await expect(page).toHaveURL(INTERVIEW_PATH);
  });

  test("shows title, byline, reading time, tags and rich content", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INTERVIEW);
    const byline = page.getByRole("link", { name: "Ada Okafor" });
    await expect(byline).toHaveAttribute("href", "/authors/ada-okafor");
    await expect(page.locator("article header")).toContainText(/\d+ min read/);
    const tags = page.getByRole("list", { name: "Tags", exact: true });
    await expect(tags.getByRole("link")).toHaveText(["Career", "Interviews", "Mentoring"]);

    await expect(page.locator("pre.shiki").first()).toContainText("findPairWithSum");
    await expect(page.locator(".katex").first()).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Focus" })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(7);
    const boxes = page.getByRole("checkbox");
    await expect(boxes).toHaveCount(5);
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(4)).not.toBeChecked();
    const footnotes = page.locator("section[data-footnotes]");
    await expect(footnotes.getByRole("listitem")).toHaveCount(2);
    await page.locator("sup a[href='#user-content-fn-1']").click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
  });

  test("table of contents links jump to headings", async ({ page }) => {
    const toc = page.getByRole("navigation", { name: "On this page" });
    const links = toc.getByRole("link");
    await expect(links.first()).toHaveText("What interviewers are really looking for");
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      await expect(page.locator(`[id="${href?.slice(1)}"]`), `${href} target`).toHaveCount(1);
    }
    await toc.getByRole("link", { name: "Your checklist for the week before" }).click();
    await expect(page).toHaveURL(/#your-checklist-for-the-week-before$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "Your checklist for the week before" }),
    ).toBeInViewport();

    // The section being read is marked in the contents, one at a time; above the first, none.
    const current = toc.locator('a[aria-current="location"]');
    await toc.getByRole("link", { name: "What interviewers are really looking for" }).click();
    await expect(current).toHaveText("What interviewers are really looking for");
    await expect(current).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(current).toHaveCount(0);
  });

  test("copy button copies the code", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const button = page.getByRole("button", { name: "Copy code" }).first();
    await page.waitForFunction(() => {
      const b = document.querySelector(".copy-button");
      return !!b && Object.keys(b).some((key) => key.startsWith("__reactProps"));
    });
    // The button sits above the code, not over its first line (the editor's preview shares it).
    const [covers, code] = await Promise.all([
      button.boundingBox(),
      page.locator("[data-code-block] pre code").first().boundingBox(),
    ]);
    expect(covers!.y + covers!.height).toBeLessThanOrEqual(code!.y);
    await button.click();
    await expect(page.getByRole("button", { name: "Copied code" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("export function findPairWithSum");
  });

  test("previous/next links and related posts", async ({ page }) => {
    const more = page.getByRole("navigation", { name: "More posts" });
    await expect(more.getByRole("link", { name: /Previous post/ })).toHaveAttribute(
      "href",
      "/blog/your-first-ml-model-linear-regression",
    );
    await expect(more.getByRole("link", { name: /Next post/ })).toHaveAttribute(
      "href",
      "/blog/a-mentors-reading-list",
    );
    const related = page.getByRole("region", { name: "Related posts" });
    await expect(related.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(related.getByRole("link", { name: INTERVIEW })).toHaveCount(0);
    await more.getByRole("link", { name: /Next post/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEWEST);
  });

  test("tag page lists the post and back returns to it", async ({ page }) => {
    await page
      .getByRole("list", { name: "Tags", exact: true })
      .getByRole("link", { name: "Interviews" })
      .click();
    await expect(page).toHaveURL("/tags/interviews");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interviews");
    await expect(page.getByRole("main").getByRole("link", { name: INTERVIEW })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(INTERVIEW_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INTERVIEW);
  });

  test("author page shows the profile and their posts", async ({ page }) => {
    await page.getByRole("link", { name: "Ada Okafor" }).click();
    await expect(page).toHaveURL("/authors/ada-okafor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Okafor");
    await expect(page.getByText(/staff engineer who has spent twelve years/)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: INTERVIEW })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: NEWEST })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INTERVIEW);
  });
});

test("an author without a profile still has a working page", async ({ page }) => {
  await page.goto("/blog/writing-commit-messages-that-age-well");
  const byline = page.getByRole("link", { name: "Sam Rivera" });
  await expect(byline).toHaveAttribute("href", "/authors/sam-rivera");
  await byline.click();
  await expect(page).toHaveURL("/authors/sam-rivera");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sam Rivera");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Writing Commit Messages That Age Well" }),
  ).toBeVisible();
});

test.describe("pagination", () => {
  const titles = (page: import("@playwright/test").Page) =>
    page.getByRole("main").getByRole("article").getByRole("heading").allTextContents();

  test("home links to older posts and back", async ({ page }) => {
    await page.goto("/");
    const firstPage = await titles(page);
    expect(firstPage).toHaveLength(10);
    await page.getByRole("link", { name: "Older posts" }).click();
    await expect(page).toHaveURL("/page/2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All posts, page 2");
    const secondPage = await titles(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    await page.getByRole("link", { name: "Newer posts" }).click();
    await expect(page).toHaveURL("/");
  });

  test("/page/1 redirects home and a page past the end is 404", async ({ page }) => {
    await page.goto("/page/1");
    await expect(page).toHaveURL("/");
    const response = await page.goto("/page/999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  });

  test("tag pages paginate", async ({ page }) => {
    await page.goto("/tags/pagination-filler");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FILLER_TAG);
    expect(await titles(page)).toHaveLength(10);
    await page.getByRole("link", { name: "Older posts" }).click();
    await expect(page).toHaveURL("/tags/pagination-filler/page/2");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("page 2");
    expect(await titles(page)).toHaveLength(FILLER_COUNT - 10);
    await expect(page.getByRole("link", { name: "Newer posts" })).toHaveAttribute(
      "href",
      "/tags/pagination-filler",
    );
  });
  test("author pages paginate", async ({ page }) => {
    // The filler posts have no byline: they belong to the site's default author.
    await page.goto("/authors/the-mentors");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Mentors");
    expect(await titles(page)).toHaveLength(10);
    await page.getByRole("link", { name: "Older posts" }).click();
    await expect(page).toHaveURL("/authors/the-mentors/page/2");
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("page 2");
    expect((await titles(page)).length).toBeGreaterThan(0);
    await expect(page.getByRole("link", { name: "Newer posts" })).toHaveAttribute(
      "href",
      "/authors/the-mentors",
    );
    expect((await page.goto("/authors/the-mentors/page/1"))?.url()).toMatch(
      /\/authors\/the-mentors$/,
    );
    expect((await page.goto("/authors/the-mentors/page/99"))?.status()).toBe(404);
  });
});

test("a list's page 1 redirects to the list with exactly one Location header", async ({
  baseURL,
}) => {
  // Addresses no other test opens, so this is the first request (nothing cached): a redirect
  // thrown by the page was sent with two Location headers then (review, December 2026).
  for (const [path, target] of [
    ["/tags/python/page/1", "/tags/python"],
    ["/authors/saeed-mirshekari/page/1", "/authors/saeed-mirshekari"],
  ]) {
    const response = await fetch(`${baseURL}${path}`, { redirect: "manual" });
    expect([301, 308], path).toContain(response.status);
    // fetch joins repeated headers with ", ": a doubled Location shows as a comma.
    const location = response.headers.get("location") ?? "";
    expect(location, path).not.toContain(",");
    expect(new URL(location, baseURL).pathname, path).toBe(target);
  }
});

test("tag spellings are merged into one tag", async ({ page }) => {
  await page.goto("/tags");
  const filler = page.getByRole("main").getByRole("link", { name: /pagination.filler/i });
  await expect(filler).toHaveCount(1);
  await expect(filler).toHaveAttribute("href", "/tags/pagination-filler");
  await expect(filler).toContainText(`${FILLER_COUNT} posts`);
});
