import { expect, test, type Page } from "@playwright/test";
import { clickAndConfirm, createDraft, postStatus } from "./helpers";
import { storageStateOf, unique } from "./support";

/**
 * Leaving a form with unsaved changes asks first, in the post editor, the page editor and Site
 * settings: "Cancel" keeps the mentor on the page with what she typed; "OK" leaves.
 */
const QUESTION = "You have unsaved changes. Leave this page anyway?";

/** Clicks the admin menu's "Posts" and answers the question; returns the question asked, if any. */
async function leaveThroughMenu(page: Page, answer: "stay" | "leave"): Promise<string | null> {
  let asked: string | null = null;
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    if (answer === "stay") await dialog.dismiss();
    else await dialog.accept();
  });
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Posts", exact: true })
    .click();
  if (answer === "leave") await expect(page).toHaveURL(/\/admin$/);
  return asked;
}

test.describe("as the owner", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("Site settings: an unsaved title asks before leaving, and nothing is saved", async ({
    page,
  }) => {
    await page.goto("/admin/settings");
    const field = page.getByLabel("Site title");
    const before = await field.inputValue();
    await field.fill(`${before} draft ${unique()}`);
    expect(await leaveThroughMenu(page, "stay")).toBe(QUESTION);
    await expect(page).toHaveURL(/\/admin\/settings$/);
    await expect(field).not.toHaveValue(before);
    // Nothing was saved: leaving anyway keeps the site as it was (Settings are never saved here,
    // so tests that read content/site.yml meanwhile see no change).
    expect(await leaveThroughMenu(page, "leave")).toBe(QUESTION);
    await page.goto("/admin/settings");
    await expect(page.getByLabel("Site title")).toHaveValue(before);
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("the page editor: typed text asks before leaving, and OK leaves", async ({ page }) => {
    await page.goto("/admin/pages/new");
    await page.getByLabel("Title").fill(`Unsaved page ${unique()}`);
    expect(await leaveThroughMenu(page, "stay")).toBe(QUESTION);
    await expect(page).toHaveURL(/\/admin\/pages\/new$/);
    expect(await leaveThroughMenu(page, "leave")).toBe(QUESTION);
  });

  test("the post editor: a published post's unsaved change asks before leaving", async ({
    page,
  }) => {
    await createDraft(page);
    await clickAndConfirm(page, "Publish now", "Published. Readers can see it now.");
    await expect(postStatus(page)).toHaveText("Published");
    // A published post waits for Update: the change stays unsaved.
    const title = page.getByLabel("Title", { exact: true });
    await title.fill(`Retitled ${unique()}`);
    expect(await leaveThroughMenu(page, "stay")).toBe(QUESTION);
    await expect(title).toHaveValue(/^Retitled /);
    expect(await leaveThroughMenu(page, "leave")).toBe(QUESTION);
  });
});
