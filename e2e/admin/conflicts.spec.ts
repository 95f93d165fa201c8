import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_CONTENT_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import {
  bodyEditor,
  createDraft,
  openPost,
  recordSaves,
  saveState,
  skipPastAutosave,
  typeBody,
} from "./helpers";
import { storageStateOf, unique, USERS, type UserKey } from "./support";

/**
 * Two mentors edit one post at once (issue #4): the second save meets the first, the conflict view
 * offers a three-way merge, and neither text is lost.
 */

const postFile = (slug: string) =>
  fs.readFileSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`), "utf8");

/** A mentor's browser, its clock installed so that tests can skip past the autosave delay. */
async function mentor(browser: Browser, key: UserKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  await context.clock.install();
  return context.newPage();
}

const conflictView = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "Someone else changed this post" });

/** Both mentors open the same draft; A changes it and it saves; B then edits the old text. */
async function editAtOnce(browser: Browser, lines: string[], edit: { a: string[]; b: string[] }) {
  const a = await mentor(browser, "owner");
  const b = await mentor(browser, "editor");
  // A goes on in the editor that created the draft: reopening it would only cost a page load.
  const { slug } = await createDraft(a, { body: lines }, { reopen: false });
  await openPost(b, slug);

  await typeBody(a, edit.a, { replace: true });
  await expect(saveState(a)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });

  await typeBody(b, edit.b, { replace: true });
  await b.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(conflictView(b)).toBeVisible({ timeout: scaled(10_000) });
  await expect(
    b.getByText("This post was changed by someone else since you opened it."),
  ).toBeVisible();
  return { a, b, slug };
}

test.describe("two mentors saving the same post", () => {
  test("changes to different paragraphs merge, save normally, and both are in the history", async ({
    browser,
  }) => {
    const id = unique();
    const [one, two, three] = [`One ${id}.`, `Two ${id}.`, `Three ${id}.`];
    const [oneByA, threeByB] = [`One, revised by A ${id}.`, `Three, revised by B ${id}.`];
    const { a, b, slug } = await editAtOnce(browser, [one, "", two, "", three], {
      a: [oneByA, "", two, "", three],
      b: [one, "", two, "", threeByB],
    });
    // Nothing was written by B's refused save.
    expect(postFile(slug)).toContain(oneByA);
    expect(postFile(slug)).not.toContain(threeByB);

    const saves = recordSaves(b);
    await conflictView(b).getByRole("button", { name: "Merge", exact: true }).click();
    await expect(conflictView(b)).toBeHidden();
    await expect(b.getByTestId("merge-report")).toContainText(
      "Your changes and theirs are combined",
    );
    await expect(bodyEditor(b)).toContainText(oneByA);
    await expect(bodyEditor(b)).toContainText(threeByB);
    await expect(saveState(b)).toHaveText("Unsaved changes");
    // The merge waits for a deliberate save (no autosave of an unchecked merge).
    await skipPastAutosave(b);
    await expect(saveState(b)).toHaveText("Unsaved changes");
    expect(postFile(slug)).not.toContain(threeByB);

    await b.getByRole("button", { name: "Save draft", exact: true }).click();
    await expect(b.getByText("Draft saved.")).toBeVisible({ timeout: scaled(10_000) });
    expect(saves, "the one save after the merge is the deliberate one").toEqual([
      { autosave: false },
    ]);
    await expect(b.getByTestId("merge-report")).toBeHidden();
    const saved = postFile(slug);
    expect(saved).toContain(oneByA);
    expect(saved).toContain(threeByB);
    expect(saved).not.toMatch(/^(<{7}|>{7})/m);

    // History: B's merged save on top, A's save below it, each with its own change.
    await b.goto(`/admin/posts/${slug}/history`);
    const edits = b
      .getByRole("list", { name: "Versions" })
      .getByRole("listitem")
      .filter({ hasText: /^Edited by / });
    await expect(edits.nth(0).getByRole("link")).toHaveText(`Edited by ${USERS.editor.name}`);
    await expect(edits.nth(1).getByRole("link")).toHaveText(`Edited by ${USERS.owner.name}`);
    // The words each version added, as the history marks them.
    const changes = b.getByRole("main").getByRole("region", { name: "Text changes" });
    const added = async () =>
      (await changes.locator("ins").allTextContents()).join(" ").replace(/\s+/g, " ");
    await expect.poll(added).toContain("revised by B");
    await expect.poll(added).not.toContain("revised by A");
    await edits.nth(1).getByRole("link").click();
    await expect.poll(added).toContain("revised by A");
    await expect.poll(added).not.toContain("revised by B");
    await a.context().close();
    await b.context().close();
  });

  test("the same line changed by both shows markers and cannot be saved until resolved", async ({
    browser,
  }) => {
    const id = unique();
    const [line, byA, byB] = [
      `Shared line ${id}.`,
      `Line as A wrote it ${id}.`,
      `Line as B wrote it ${id}.`,
    ];
    const { a, b, slug } = await editAtOnce(browser, [line], { a: [byA], b: [byB] });

    const saves = recordSaves(b);
    await conflictView(b).getByRole("button", { name: "Merge", exact: true }).click();
    const report = b.getByTestId("merge-report");
    await expect(report).toContainText("saving is blocked until none is left");
    await expect(bodyEditor(b)).toContainText("<<<<<<< yours");
    await expect(bodyEditor(b)).toContainText(">>>>>>> theirs (saved)");
    await expect(bodyEditor(b)).toContainText(byA);
    await expect(bodyEditor(b)).toContainText(byB);

    await b.getByRole("button", { name: "Save draft", exact: true }).click();
    await expect(b.getByText(/^Resolve the merge first/)).toBeVisible();
    await skipPastAutosave(b);
    expect(postFile(slug), "nothing with markers may be written").not.toMatch(/^<{7}/m);
    expect(postFile(slug)).toContain(byA);

    // Resolved by hand: both sentences kept, markers gone.
    await typeBody(b, [byA, "", byB], { replace: true });
    await expect(report).toContainText("Your changes and theirs are combined");
    await b.getByRole("button", { name: "Save draft", exact: true }).click();
    await expect(b.getByText("Draft saved.")).toBeVisible({ timeout: scaled(10_000) });
    expect(saves, "only the save after resolving reached the server").toEqual([
      { autosave: false },
    ]);
    const saved = postFile(slug);
    expect(saved).toContain(`${byA}\n\n${byB}`);
    expect(saved).not.toMatch(/^(<{7}|>{7})/m);
    await a.context().close();
    await b.context().close();
  });

  test("a field both changed keeps yours unless you take theirs", async ({ browser }) => {
    const id = unique();
    const a = await mentor(browser, "owner");
    const b = await mentor(browser, "editor");
    const { slug } = await createDraft(a, { body: [`Body ${id}.`] }, { reopen: false });
    await openPost(b, slug);
    const title = (page: Page) => page.getByLabel("Title", { exact: true });
    const [titleByA, titleByB] = [`Title by A ${id}`, `Title by B ${id}`];

    await title(a).fill(titleByA);
    await expect(saveState(a)).toHaveText(/^Saved at /, { timeout: scaled(10_000) });
    await title(b).fill(titleByB);
    await b.getByRole("button", { name: "Save draft", exact: true }).click();
    await conflictView(b).getByRole("button", { name: "Merge", exact: true }).click();

    const fields = b.getByRole("list", { name: "Conflicting fields" });
    await expect(fields).toContainText(titleByA);
    await expect(fields).toContainText(titleByB);
    await expect(title(b)).toHaveValue(titleByB);
    await fields.getByRole("button", { name: "Use theirs for Title" }).click();
    await expect(title(b)).toHaveValue(titleByA);

    await b.getByRole("button", { name: "Save draft", exact: true }).click();
    await expect(b.getByText("Draft saved.")).toBeVisible({ timeout: scaled(10_000) });
    expect(postFile(slug)).toContain(titleByA);
    expect(postFile(slug)).not.toContain(titleByB);
    await a.context().close();
    await b.context().close();
  });
});
