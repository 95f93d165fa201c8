import { expect, test } from "@playwright/test";
import { bodyEditor, createDraft, openPost, postStatus } from "./helpers";
import { storageStateOf, unique } from "./support";

/**
 * The preview is rendered by a server action, and a code block brings its Copy button, a client
 * component. A production build once crashed the whole editor ("This page couldn't load") on any
 * post with a code block, because Next left that button out of the admin pages' manifest
 * (vercel/next.js#83186; the fix is an import in app/(admin)/admin/layout.tsx).
 */
test.describe("the preview of a post with code", () => {
  test.use({ storageState: storageStateOf("author") });

  test("shows the code with its Copy button, and the editor keeps working", async ({ page }) => {
    const id = unique();
    const { slug } = await createDraft(page, {
      body: ["Before the code.", "", "```python", `print("hello ${id}")`, "```", "", "After."],
    });
    await openPost(page, slug);
    const preview = page.getByTestId("preview");
    await expect(preview.locator("pre")).toContainText(`print("hello ${id}")`);
    await expect(preview.getByRole("button", { name: "Copy code" })).toBeVisible();
    await expect(page.getByText("This page couldn’t load")).toHaveCount(0);
    await expect(bodyEditor(page)).toBeVisible();
    await expect(postStatus(page)).toHaveText("Draft");
  });
});
