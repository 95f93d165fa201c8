import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_CONTENT_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import { createDraft } from "./helpers";
import { storageStateOf, unique } from "./support";

/**
 * The admin's lists on a phone, when each post last changed (in the mentor's own time zone), and
 * what the delete dialog says about bringing a post back.
 */

const PHONE = { width: 390, height: 844 };
const ZONE = "America/New_York";

/** Whether the page scrolls sideways: the document wider than the window. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.describe("on a phone, as the owner", () => {
  test.use({ viewport: PHONE, storageState: storageStateOf("owner") });

  for (const [address, heading] of [
    ["/admin", "Posts"],
    ["/admin/review", "Waiting for review"],
    ["/admin/media", "Media"],
    ["/admin/accounts", "Accounts"],
    ["/admin/pages", "Pages"],
    ["/admin/history", "Deleted posts"],
  ] as const) {
    test(`${heading} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(address);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      // Dates are filled in by the browser: measure once they are there.
      await expect(page.locator("time:empty")).toHaveCount(0);
      expect(await scrollsSideways(page)).toBe(false);
    });
  }

  test("every post's title and status are visible in the list", async ({ page }) => {
    await page.goto("/admin");
    const rows = page.getByRole("table").getByRole("row");
    // The header row and at least one post.
    await expect(rows.nth(1)).toBeVisible();
    const count = await rows.count();
    for (let i = 1; i < count; i++) {
      const row = rows.nth(i);
      const status = row.getByRole("cell").nth(1);
      await expect(row.getByRole("link")).toBeVisible();
      await expect(status).toBeVisible();
      await expect(status).toHaveText(/^(Draft|In review|Scheduled|Published)/);
      // Within the screen's width, not cut off at its edge.
      for (const shown of [row.getByRole("link"), status]) {
        const box = (await shown.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
    }
    expect(await scrollsSideways(page)).toBe(false);
  });
});

/** "4 Mar 2026, 00:06": how the list shows an instant in New York. */
const inNewYork = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: ZONE,
  }).format(at);

test.describe("last change, in the mentor's time zone", () => {
  test.use({ storageState: storageStateOf("editor"), timezoneId: ZONE });

  test("a post edited just now and an older one show their own date and time", async ({ page }) => {
    const id = unique();
    // A post written outside the admin (no change in the history): its file's last write counts.
    const older = new Date("2026-03-04T05:06:00Z");
    const posts = path.join(ADMIN_CONTENT_DIR, "posts");
    const temporary = path.join(posts, `.tmp-lists-${id}`);
    fs.writeFileSync(
      temporary,
      `---\ntitle: Lists older ${id}\ndate: 2026-01-01\ndraft: true\n---\nWritten by hand.\n`,
    );
    fs.utimesSync(temporary, older, older);
    // Renamed into place with its time already set, so the admin never sees it half made.
    fs.renameSync(temporary, path.join(posts, `lists-older-${id}.mdx`));

    const before = new Date();
    const { title } = await createDraft(page, { title: `Lists newer ${id}` }, { reopen: false });
    const after = new Date();

    await page.goto(`/admin?q=${id}`);
    const rows = page.getByRole("table").getByRole("row");
    // Most recently changed first.
    await expect(rows.nth(1).getByRole("link")).toHaveText(title);
    await expect(rows.nth(2).getByRole("link")).toHaveText(`Lists older ${id}`);
    const lastChange = (row: number) => rows.nth(row).getByTestId("last-change");
    await expect(lastChange(2)).toHaveText("4 Mar 2026, 00:06");
    // Saved between `before` and `after`: one of the minutes in between, in New York's time.
    const minutes = new Set<string>();
    for (let t = before.getTime() - 60_000; t <= after.getTime() + 60_000; t += 30_000)
      minutes.add(inNewYork(new Date(t)));
    await expect(lastChange(1)).not.toHaveText("");
    expect([...minutes]).toContain(await lastChange(1).textContent());
  });
});

const DELETE_DIALOG = "Move this post to Deleted posts?";

for (const [role, restore] of [
  ["editor", "You can restore it from Deleted posts."],
  ["author", "An editor or administrator can restore it from Deleted posts."],
] as const) {
  test.describe(`as an ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("the delete dialog says who can restore the post, and Escape keeps it", async ({
      page,
    }) => {
      await createDraft(page);
      await page.getByRole("button", { name: "Delete", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: DELETE_DIALOG });
      await expect(dialog).toHaveAccessibleDescription(
        `The post leaves the site and moves to Deleted posts. ${restore}`,
      );
      // Focus starts on Cancel: a stray Enter deletes nothing.
      await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden({ timeout: scaled(5_000) });
      await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
    });
  });
}
