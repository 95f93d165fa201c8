import { expect, test, type Page } from "@playwright/test";
import { DRAFT_WORD, FILLER_COUNT, FUTURE_WORD } from "./support/test-posts";

/** A word that appears only in the body of the interview post, not in any title or description. */
const BODY_WORD = "fortnight";
const INTERVIEW = "Preparing for a Technical Interview Without Burning Out";

const headerSearch = (page: Page) =>
  page.getByRole("banner").getByRole("searchbox", { name: "Search posts" });

async function expectResultFor(page: Page, word: string) {
  await expect(page).toHaveURL(`/search?q=${word}`);
  await expect(page.getByRole("main")).toContainText(`1 result for “${word}”`);
  await expect(page.getByRole("main").getByRole("link", { name: INTERVIEW })).toHaveAttribute(
    "href",
    "/blog/preparing-for-a-technical-interview",
  );
}

test("searching from the header box finds a word in a post body", async ({ page }) => {
  await page.goto("/");
  await headerSearch(page).fill(BODY_WORD);
  await headerSearch(page).press("Enter");
  await expectResultFor(page, BODY_WORD);
  // The search page keeps the query in its own box.
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue(BODY_WORD);
});

test("a query with no match says so", async ({ page }) => {
  await page.goto("/");
  await headerSearch(page).fill("qqxxnomatchzz");
  await headerSearch(page).press("Enter");
  await expect(page.getByText("No posts match “qqxxnomatchzz”.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(0);
});

test('the "/" key focuses the header search box', async ({ page }) => {
  await page.goto("/");
  const box = headerSearch(page);
  await expect(box).not.toBeFocused();
  // The shortcut is attached once the page has hydrated; retry the key press until then.
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue("");
  await page.keyboard.type("hash");
  await expect(box).toHaveValue("hash");
});

test("draft and future posts are never found", async ({ page }) => {
  for (const word of [DRAFT_WORD, FUTURE_WORD]) {
    await page.goto(`/search?q=${word}`);
    await expect(page.getByText(`No posts match “${word}”.`)).toBeVisible();
  }
  // Their titles' words may match other posts, but never the hidden posts themselves.
  for (const title of ["Secret draft post", "Post from the future"]) {
    await page.goto(`/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: title })).toHaveCount(0);
    await expect(
      page.locator("a[href^='/blog/e2e-draft'], a[href^='/blog/e2e-future']"),
    ).toHaveCount(0);
  }
});

test("many results come a page at a time", async ({ page }) => {
  const items = page.getByRole("main").getByRole("listitem");
  await page.goto("/search?q=filler");
  await expect(page.getByRole("main")).toContainText(`${FILLER_COUNT} results for “filler”`);
  await expect(items).toHaveCount(10);
  await page.getByRole("link", { name: "More results" }).click();
  await expect(page).toHaveURL("/search?q=filler&page=2");
  await expect(items).toHaveCount(FILLER_COUNT - 10);
  await expect(page.getByRole("link", { name: "Previous results" })).toHaveAttribute(
    "href",
    "/search?q=filler",
  );
  expect((await page.goto("/search?q=filler&page=9"))?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/search?q= renders results on the server", async ({ page }) => {
    await page.goto(`/search?q=${BODY_WORD}`);
    await expectResultFor(page, BODY_WORD);
  });

  test("the header form submits to the search page", async ({ page }) => {
    await page.goto("/tags");
    await headerSearch(page).fill(BODY_WORD);
    await headerSearch(page).press("Enter");
    await expectResultFor(page, BODY_WORD);
  });

  test("the search page's own form works", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText("Type a word or two to search every post.")).toBeVisible();
    await page.getByRole("main").getByRole("searchbox").fill(BODY_WORD);
    await page.getByRole("button", { name: "Search" }).click();
    await expectResultFor(page, BODY_WORD);
  });
});
