import { expect, test } from "@playwright/test";
import { FILLER_COUNT } from "./support/test-posts";

test.describe("the archive lists every published post by year (issue #13)", () => {
  test("a reader finds it in the footer, reads the years newest first, and never sees drafts", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Archive" }).click();
    await expect(page).toHaveURL(/\/archive$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");

    const years = (await page.getByRole("heading", { level: 2 }).allTextContents()).map((text) =>
      Number(text.slice(0, 4)),
    );
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2020);

    // The test blog's 2020 posts are the fillers, newest first, with their count.
    const year2020 = page.getByRole("region", { name: /^2020/ });
    await expect(year2020.getByRole("heading", { level: 2 })).toHaveText(
      `2020${FILLER_COUNT} posts`,
    );
    const titles = await year2020.getByRole("listitem").getByRole("link").allTextContents();
    expect(titles).toHaveLength(FILLER_COUNT);
    expect(titles[0]).toBe(`Filler post ${FILLER_COUNT}`);
    expect(titles.at(-1)).toBe("Filler post 01");
    await expect(year2020.locator("time").first()).toHaveText(`${FILLER_COUNT} Jan`);

    // Drafts and scheduled posts are not in the archive.
    await expect(page.getByText("Secret draft post")).toHaveCount(0);
    await expect(page.getByText("Post from the future")).toHaveCount(0);

    await year2020.getByRole("link", { name: "Filler post 01" }).click();
    await expect(page).toHaveURL(/\/blog\/e2e-filler-01$/);
  });

  test("each year has its own page; a year without posts is not found", async ({ page }) => {
    await page.goto("/archive/2020");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posts from 2020");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(FILLER_COUNT);
    await expect(page).toHaveTitle(/^Posts from 2020/);

    for (const missing of ["/archive/1999", "/archive/20x0", "/archive/2999"]) {
      const reply = await page.goto(missing);
      expect(reply?.status(), missing).toBe(404);
    }
  });
});
