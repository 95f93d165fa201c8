import { expect, test } from "@playwright/test";
import { clickAndConfirm, createDraft, saveState } from "./helpers";
import { storageStateOf } from "./support";

const PUBLISHED = "Published. Readers can see it now.";

test.describe("posts that say when they were checked (issue #13)", () => {
  test.use({ storageState: storageStateOf("author") });

  test("a mentor records the tools and the day of the last check; readers see both, and an old check is listed to refresh", async ({
    page,
  }) => {
    const { slug, title } = await createDraft(page);
    await page.getByLabel("Tested with", { exact: true }).fill("Python 3.12, pandas 2.2");
    await page.getByLabel("Last checked", { exact: true }).fill("2021-03-04");
    await expect(saveState(page)).toHaveText(/^Saved at /);
    await clickAndConfirm(page, "Publish now", PUBLISHED);

    await page.goto(`/blog/${slug}`);
    const header = page.getByRole("main").locator("article > header");
    await expect(header.getByText("Tested with Python 3.12, pandas 2.2")).toBeVisible();
    // Over two years ago (the default): a gentle notice with the day.
    await expect(header.getByRole("note")).toHaveText(
      "Last checked on 4 March 2021. Tools change quickly, so some details may have changed since.",
    );

    // The posts page offers the posts to refresh; the filter lists this one.
    await page.goto("/admin");
    await page.getByRole("link", { name: /^Needs a check: \d+ published posts?$/ }).click();
    await expect(page).toHaveURL(/\/admin\?check=due$/);
    await expect(page.getByRole("status")).toContainText(
      "Published posts last checked more than 24 months ago",
    );
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

    // Checked again today: the notice goes, and the post leaves the list.
    await page.goto(`/admin/posts/${slug}`);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel("Last checked", { exact: true }).fill(today);
    await clickAndConfirm(page, "Update", "Changes saved.");
    await page.goto(`/blog/${slug}`);
    await expect(page.getByText("Tested with Python 3.12, pandas 2.2")).toBeVisible();
    await expect(page.getByRole("main").getByRole("note")).toHaveCount(0);
    await page.goto("/admin?check=due");
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  });
});
