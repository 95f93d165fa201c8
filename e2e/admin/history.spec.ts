import { expect, test, type Page } from "@playwright/test";
import {
  addTags,
  createDraft,
  openPost,
  postStatus,
  readerRequest,
  saveState,
  toolbarButton,
  typeBody,
} from "./helpers";
import { postSource } from "./action-replay";
import { scaled } from "../support/slowness";
import { storageStateOf, USERS } from "./support";

/**
 * What a mentor meets in a post's history, its delete and a draft with a writing mistake: plain
 * words, no git or YAML, on a desktop and on a phone.
 */

const BRACE =
  "Line 3: a { starts a code expression. To show a brace, write \\{ (with the backslash).";

/** The toolbar's announced result (the preview's own error is an alert elsewhere). */
const toolbarResult = (page: Page, text: RegExp) =>
  page.getByRole("status").filter({ hasText: text });

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test.describe("as an author", () => {
      test.use({ storageState: storageStateOf("author") });
      const who = USERS.author.name;

      test("history names each change, marks the words, and restores after asking", async ({
        page,
      }) => {
        const { slug } = await createDraft(page, { body: ["The quick fox jumps."] });
        // One edit: new words and a tag, saved together by the autosave.
        await addTags(page, "Mentoring");
        await typeBody(page, ["The quick brown fox leaps."], { replace: true });
        await expect(saveState(page)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });

        await page.goto(`/admin/posts/${slug}/history`);
        const versions = page.getByRole("list", { name: "Versions" }).getByRole("listitem");
        await expect(versions.first().getByRole("link")).toHaveText(`Edited by ${who}`);
        await expect(versions.last().getByRole("link")).toHaveText(`Created by ${who}`);
        const main = page.getByRole("main");
        await expect(main).not.toContainText(/@@|new file mode|diff --git|^---$|draft: true/m);

        // The words added and removed, marked; the tag in a table with its label.
        const text = main.getByRole("region", { name: "Text changes" });
        await expect(text.locator("ins")).toHaveText(["brown", "leaps"]);
        await expect(text.locator("del")).toHaveText(["jumps"]);
        const tags = main
          .getByRole("row")
          .filter({ has: page.getByRole("rowheader", { name: "Tags" }) });
        await expect(tags.getByRole("cell")).toHaveText(["(empty)", "Mentoring"]);
        await expect(main.getByRole("columnheader")).toHaveText(["Field", "Before", "After"]);

        // Side by side: the old words on the left, the new on the right.
        await main.getByRole("link", { name: "Before and after, side by side" }).click();
        await expect(text.locator("del")).toHaveText(["jumps"]);
        await expect(text.locator("ins")).toHaveText(["brown", "leaps"]);

        // Restore the version before the edit: a dialog names it and says the current text is
        // kept. (Not the first version: on a busy machine the draft's first autosave can come
        // between its title and its body, so "Created" may hold no text yet.)
        const previous = versions.nth(1);
        await previous.getByRole("link").click();
        // Shown in the browser's time zone, filled in once the page runs.
        await expect(previous.locator("time")).not.toBeEmpty();
        const when = (await previous.locator("time").textContent())!;
        await main.getByRole("button", { name: "Restore this version" }).click();
        const dialog = page.getByRole("dialog", { name: `Restore the version from ${when}?` });
        await expect(dialog).toContainText(
          `The post goes back to the text ${who} saved on ${when}. The current text is kept in the history, so you can bring it back later.`,
        );
        await dialog.getByRole("button", { name: "Cancel" }).click();
        await expect(dialog).toBeHidden();
        expect(postSource(slug)).toContain("The quick brown fox leaps.");

        await main.getByRole("button", { name: "Restore this version" }).click();
        await dialog.getByRole("button", { name: "Restore this version" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Restored" })).toHaveText(
          `Restored the version from ${when}. The version you replaced is still in the history.`,
          { timeout: scaled(10_000) },
        );
        await expect(versions.first().getByRole("link")).toHaveText(
          `Restored a version from ${when} by ${who}`,
        );
        expect(postSource(slug)).toContain("The quick fox jumps.");
        await expect(text.locator("del")).toHaveText(["brown", "leaps"]);
      });

      test("a draft with a stray { is saved with a warning, and publishing is refused", async ({
        page,
      }) => {
        const { slug } = await createDraft(page);
        await typeBody(page, ["Intro.", "", "A set like {a, b"], { replace: true });
        await expect(toolbarResult(page, /^Draft saved, but it cannot be published/)).toHaveText(
          `Draft saved, but it cannot be published until this is fixed: ${BRACE}`,
          {
            timeout: scaled(10_000),
          },
        );
        expect(postSource(slug)).toContain("A set like {a, b");

        await (await toolbarButton(page, "Publish now")).click();
        await expect(toolbarResult(page, /^Line 3:/)).toHaveText(BRACE, {
          timeout: scaled(10_000),
        });
        await openPost(page, slug);
        await expect(postStatus(page)).toHaveText("Draft");
        const reader = await readerRequest();
        expect((await reader.get(`/blog/${slug}`)).status()).toBe(404);
        await reader.dispose();
      });
    });

    test.describe("as an editor", () => {
      test.use({ storageState: storageStateOf("editor") });

      test("delete says where the post goes; Deleted posts lists it by title", async ({ page }) => {
        const { title, slug } = await createDraft(page);
        await (await toolbarButton(page, "Delete")).click();
        const dialog = page.getByRole("dialog", { name: "Move this post to Deleted posts?" });
        await expect(dialog).toContainText(
          "The post leaves the site and moves to Deleted posts. You can restore it from Deleted posts.",
        );
        await expect(dialog.getByRole("button")).toHaveText(["Cancel", "Move to Deleted posts"]);
        await dialog.getByRole("button", { name: "Move to Deleted posts" }).click();
        await expect(page.getByText("The post was moved to Deleted posts.")).toBeVisible({
          timeout: scaled(10_000),
        });

        await page.goto("/admin/history");
        const row = page.getByRole("main").getByRole("listitem").filter({ hasText: title });
        await expect(row).toContainText(`Deleted by ${USERS.editor.name} on `);
        await expect(row).not.toContainText(slug);
        await row.getByRole("button", { name: "Restore post" }).click();
        await expect(page).toHaveURL(new RegExp(`/admin/posts/${slug}$`), {
          timeout: scaled(10_000),
        });
        await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
      });
    });
  });
}
