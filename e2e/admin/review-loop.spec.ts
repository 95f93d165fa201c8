import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  AttackLog,
  capture,
  CANNOT_PUBLISH,
  fieldOf,
  postSource,
  postVersion,
} from "./action-replay";
import {
  bodyEditor,
  clickAndConfirm,
  createDraft,
  openPost,
  postStatus,
  readerRequest,
  saveState,
  toolbarButton,
  toolbarButtonNames,
  typeBody,
  waitForStatus,
} from "./helpers";
import { scaled } from "../support/slowness";
import { storageStateOf, unique, type UserKey } from "./support";

/**
 * The review loop as mentors live it (a contributor submits, an editor sends it back with a note,
 * the contributor fixes and resubmits, the editor approves), and scheduling in a zone other than
 * UTC; on a desktop and on a phone.
 */

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

const SUBMITTED = "Submitted for review. An editor will publish it.";
const NOTE_REQUIRED = "Write a note so the author knows what to change.";
const SENT_BACK = "Sent back to the author with your note. It is a draft again.";
const APPROVED = "Approved and published. Readers can see it now.";

const buttonNames = toolbarButtonNames;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`on a ${device}`, () => {
    async function pageAs(browser: Browser, key: UserKey, timezoneId?: string): Promise<Page> {
      const context = await browser.newContext({
        storageState: storageStateOf(key),
        viewport,
        timezoneId,
      });
      return context.newPage();
    }

    test("a post goes through review: sent back with a note, fixed, approved", async ({
      browser,
    }) => {
      test.setTimeout(scaled(150_000));
      const id = unique();
      const title = `Review loop ${device} ${id}`;
      const slug = `review-loop-${device}-${id}`;

      // The contributor writes and submits.
      const dana = await pageAs(browser, "contributor");
      await dana.goto("/admin/posts/new");
      await bodyEditor(dana).fill(`First try ${id}.`);
      await dana.getByLabel("Title", { exact: true }).fill(title);
      await dana.getByLabel("Address", { exact: true }).fill(slug);
      expect(await buttonNames(dana)).toEqual(["Submit for review", "Save draft"]);
      const submit = await capture(
        dana,
        "savePostAction",
        () => dana.getByRole("button", { name: "Submit for review" }).click(),
        { where: (action) => fieldOf(action, "intent") === "submit" },
      );
      await expect(dana.getByText(SUBMITTED)).toBeVisible();
      await expect(postStatus(dana)).toHaveText("In review");
      await expect(dana.getByTestId("status-detail")).toHaveText(
        /^Waiting for review since \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d$/,
      );
      expect(await buttonNames(dana)).toEqual(["Save changes", "Withdraw from review", "Delete"]);

      // Forged over HTTP: a contributor approving or sending back her own post is refused.
      const log = new AttackLog();
      for (const intent of ["approve", "sendBack"])
        await log.expectRefused(
          submit,
          "contributor",
          { set: { intent, originalSlug: slug, version: postVersion(slug), note: "Self-review" } },
          { posts: [slug] },
          CANNOT_PUBLISH,
        );

      // The editor sees the count, opens the queue and the post.
      const eddie = await pageAs(browser, "editor");
      await eddie.goto("/admin");
      const badge = eddie.getByTestId("review-count");
      await expect(badge).toHaveText(/^\d+ posts?$/);
      await eddie.getByRole("link", { name: /^Waiting for review/ }).click();
      await expect(eddie.getByRole("heading", { name: "Waiting for review" })).toBeVisible();
      const rows = eddie
        .getByRole("list", { name: "Posts waiting for review" })
        .getByRole("listitem");
      // The badge counts what the queue lists (other tests may be submitting posts meanwhile).
      const count = Number((await eddie.getByTestId("review-count").textContent())!.split(" ")[0]);
      await expect(rows).toHaveCount(count);
      const row = rows.filter({ hasText: title });
      await expect(row).toContainText(/by Dana Contributor, submitted \d{1,2} [A-Z][a-z]+ \d{4}/);
      await row.getByRole("link", { name: title }).click();
      await expect(postStatus(eddie)).toHaveText("In review");
      expect(await buttonNames(eddie)).toEqual([
        "Approve and publish",
        "Schedule",
        "Send back…",
        "Save changes",
        "Delete",
      ]);

      // Sending back needs a note; the note is plain text.
      await (await toolbarButton(eddie, "Send back…")).click();
      await eddie.getByRole("button", { name: "Send back to the author" }).click();
      await expect(eddie.getByText(NOTE_REQUIRED).first()).toBeVisible();
      await expect(postStatus(eddie)).toHaveText("In review");
      const note = `Please add an example. <b>Not bold</b> {1+1} ${id}`;
      await eddie.getByRole("textbox", { name: "Note for the author" }).fill(note);
      await eddie.getByRole("button", { name: "Send back to the author" }).click();
      await expect(eddie.getByText(SENT_BACK)).toBeVisible();
      await expect(postStatus(eddie)).toHaveText("Draft");
      expect(postSource(slug)).not.toMatch(/^review:/m);
      expect(postSource(slug)).not.toContain("Please add an example");

      // The contributor sees the note as typed, fixes the post and submits again.
      await openPost(dana, slug);
      await expect(postStatus(dana)).toHaveText("Draft");
      const notes = dana.getByRole("region", { name: /^Review notes/ });
      await expect(notes.getByRole("heading")).toHaveText("Review notes (1 note)");
      await expect(notes.getByText(note, { exact: true })).toBeVisible();
      await expect(notes.locator("b")).toHaveCount(0);
      await expect(notes).toContainText(/Eddie Editor, \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d/);
      await typeBody(dana, ["", `Here is an example ${id}.`]);
      await expect(saveState(dana)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });
      await clickAndConfirm(dana, "Submit for review", SUBMITTED);
      await expect(postStatus(dana)).toHaveText("In review");
      await expect(dana.getByRole("button", { name: "Submit for review" })).toHaveCount(0);

      // The editor approves: the post is on the reader site.
      await openPost(eddie, slug);
      await expect(eddie.getByText(`Here is an example ${id}.`).first()).toBeVisible();
      await clickAndConfirm(eddie, "Approve and publish", APPROVED);
      await expect(postStatus(eddie)).toHaveText("Published");
      expect(await buttonNames(eddie)).toEqual(["Update", "Unpublish", "Delete"]);
      const reader = await readerRequest();
      await waitForStatus(reader, `/blog/${slug}`, 200);
      const page = await (await reader.get(`/blog/${slug}`)).text();
      expect(page).toContain(`Here is an example ${id}.`);
      expect(page).not.toContain("Please add an example");
      await reader.dispose();
      await eddie.goto("/admin/review");
      await expect(eddie.getByText(title)).toHaveCount(0);
      await dana.context().close();
      await eddie.context().close();
    });

    test("scheduling in New York time stores the UTC instant and shows the local time", async ({
      browser,
    }) => {
      test.setTimeout(scaled(90_000));
      const page = await pageAs(browser, "author", "America/New_York");
      const { slug } = await createDraft(page);
      expect(await buttonNames(page)).toEqual(["Publish now", "Schedule", "Save draft", "Delete"]);
      const date = page.getByLabel("Publication date");
      await expect(page.getByTestId("time-zone")).toHaveText("America/New_York");

      // Without a date, Schedule says what is missing, in words on the page.
      await date.fill("");
      await expect(saveState(page)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });
      await (await toolbarButton(page, "Schedule")).click();
      await expect(page.getByText(/^Set the publication date and time first/)).toBeVisible();

      // 09:30 in New York in January is 14:30 UTC.
      await date.fill("2027-01-15T09:30");
      await expect(saveState(page)).toHaveText("Unsaved changes");
      await expect(saveState(page)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });
      await clickAndConfirm(
        page,
        "Schedule",
        "Scheduled. It goes public on 15 January 2027 at 09:30 (America/New_York).",
      );
      expect(postSource(slug)).toMatch(/^date: ['"]?2027-01-15T14:30:00(\.000)?Z['"]?$/m);
      await openPost(page, slug);
      await expect(postStatus(page)).toHaveText("Scheduled");
      await expect(date).toHaveValue("2027-01-15T09:30");
      await expect(page.getByTestId("status-detail")).toHaveText(
        "Goes public on 15 January 2027 at 09:30",
      );
      expect(await buttonNames(page)).toEqual([
        "Save changes",
        "Reschedule",
        "Unschedule",
        "Delete",
      ]);

      // Rescheduled to 08:00 the next day (13:00 UTC), then back to a draft.
      await date.fill("2027-01-16T08:00");
      await clickAndConfirm(
        page,
        "Reschedule",
        "Rescheduled. It goes public on 16 January 2027 at 08:00 (America/New_York).",
      );
      expect(postSource(slug)).toMatch(/^date: ['"]?2027-01-16T13:00:00(\.000)?Z['"]?$/m);
      await clickAndConfirm(
        page,
        "Unschedule",
        "Unscheduled: it is a draft again and will not go out.",
      );
      await expect(postStatus(page)).toHaveText("Draft");
      expect(postSource(slug)).toMatch(/^draft: true$/m);
      await page.context().close();
    });
  });
}
