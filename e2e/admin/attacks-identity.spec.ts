import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type Page } from "@playwright/test";
import { ADMIN_BASE_URL, ADMIN_CONTENT_DIR, ADMIN_DATA_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import { formAction, NOBODY, postSource, postVersion, replay } from "./action-replay";
import {
  clickAndConfirm,
  createDraft,
  inviteAccount,
  signedInContext,
  typeBody,
  type TempAccount,
} from "./helpers";
import { storageStateOf, unique } from "./support";

/**
 * Post identity, end to end with real accounts (docs/SECURITY.md, "Identity model"):
 * 1. renaming your profile to someone's byline used to make their posts and drafts yours;
 * 2. a draft at a deleted post's freed slug used to show that post's history, private drafts
 *    included, and restoring from it brought the post back, published, as yours.
 */

test.describe.configure({ mode: "default" });
test.use({ storageState: storageStateOf("owner") });

const NAME_TAKEN = "Another mentor already uses this name.";
const CONTROL = "Names cannot contain control characters.";
const OTHER_POST =
  "That version belongs to another post that used this address before, so it cannot be restored here.";
const NOT_YOURS = "You can only restore versions of your own posts.";
// The quotes around the slug arrive escaped in the action's reply: match around them.
const TAKEN =
  /Another post now uses the address .{1,4}launch-plan-[a-z0-9]+.{1,4}\. Rename or delete that post first, then restore this one\./;

const git = (...args: string[]) =>
  execFileSync("git", [`--git-dir=${path.join(ADMIN_DATA_DIR, "history.git")}`, ...args], {
    encoding: "utf8",
  });

async function readerStatus(url: string): Promise<number> {
  const reader = await request.newContext({ baseURL: ADMIN_BASE_URL, storageState: NOBODY });
  try {
    return (await reader.get(url, { maxRedirects: 0 })).status();
  } finally {
    await reader.dispose();
  }
}

async function renameProfile(page: Page, name: string, expected: string) {
  await page.goto("/admin/profile");
  const form = page.getByRole("form", { name: "Author profile" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByText(expected).first()).toBeVisible({ timeout: scaled(10_000) });
}

/** The attacker's cookies, for replaying actions as them. */
async function identityOf(page: Page, label: string) {
  return { label, storageState: await page.context().storageState() };
}

test("renaming a profile to another author's byline takes over none of their posts", async ({
  page,
  browser,
}) => {
  test.setTimeout(scaled(120_000));
  const id = unique();
  const victim: TempAccount = await inviteAccount(page, browser, "author");
  const attacker = await inviteAccount(page, browser, "author");
  // A post from before accounts, bylined by name, with no profile: "Legacy Writer <id>".
  const legacy = `legacy-${id}`;
  const byline = `Legacy Writer ${id}`;
  fs.writeFileSync(
    path.join(ADMIN_CONTENT_DIR, "posts", `${legacy}.mdx`),
    `---\ntitle: Legacy draft ${id}\ndate: 2024-01-01\nauthor: ${byline}\ndraft: true\n---\nUnpublished notes ${id}.\n`,
  );
  const before = postSource(legacy);

  const { context, page: mallory } = await signedInContext(browser, attacker);
  try {
    // Another mentor's name, in any spelling, and names with hidden characters are refused.
    await renameProfile(mallory, victim.name.toUpperCase(), NAME_TAKEN);
    await renameProfile(mallory, `${victim.name}\u202E`, CONTROL);
    // The legacy byline is no account's name, but it signs posts that are not hers: refused too
    // (review, second round). Nothing below would have been gained by it either.
    await renameProfile(mallory, byline, NAME_TAKEN);

    await mallory.goto("/admin");
    await expect(mallory.getByRole("main")).not.toContainText(`Legacy draft ${id}`);
    for (const url of [`/admin/posts/${legacy}`, `/admin/posts/${legacy}/history`]) {
      const response = await mallory.goto(url);
      expect(response?.status(), url).toBe(404);
    }
    // A save aimed straight at the post is refused too, and the file is untouched.
    const reply = await replay(
      formAction("savePostAction", `/admin/posts/${legacy}`, {
        intent: "publish",
        originalSlug: legacy,
        slug: legacy,
        version: postVersion(legacy),
        title: "Taken over",
        body: "Mine now.",
      }),
      await identityOf(mallory, "attacker"),
    );
    // Answered as for a missing post: a save cannot tell whose drafts exist (review finding 10).
    expect(reply.text).toContain("This post no longer exists, or you cannot edit it.");
    expect(reply.text).not.toMatch(/"ok":true/);
    expect(postSource(legacy)).toBe(before);
    expect(await readerStatus(`/blog/${legacy}`)).toBe(404);
  } finally {
    await context.close();
  }
});

test("a draft at a deleted post's slug sees none of its history and cannot bring it back", async ({
  page,
  browser,
}) => {
  test.setTimeout(scaled(180_000));
  const id = unique();
  const victim = await inviteAccount(page, browser, "author");
  const attacker = await inviteAccount(page, browser, "author");
  const title = `Launch plan ${id}`;
  const secret = `Private draft words ${id}`;

  // The victim publishes a post, keeps private notes in a later draft, then deletes it.
  const alice = await signedInContext(browser, victim);
  const { slug } = await createDraft(alice.page, { title, body: [`Public words ${id}.`] });
  await clickAndConfirm(alice.page, "Publish now", "Published. Readers can see it now.");
  await clickAndConfirm(alice.page, "Unpublish", /Unpublished/);
  await typeBody(alice.page, [secret]);
  await expect(alice.page.getByTestId("save-state")).toHaveText(/^(Saved at|All changes saved)/, {
    timeout: scaled(15_000),
  });
  expect(postSource(slug)).toContain(secret);
  const postId = /^id: ([0-9a-f-]{36})$/m.exec(postSource(slug))?.[1];
  expect(postId).toBeDefined();
  await alice.page.getByRole("button", { name: "Delete", exact: true }).click();
  await alice.page.getByRole("button", { name: "Move to Deleted posts" }).click();
  await expect(alice.page).toHaveURL(/\/admin\?deleted=1$/);
  await alice.context.close();
  const victimCommits = git("log", "--format=%H", "--", `posts/${slug}.mdx`)
    .split("\n")
    .filter(Boolean);
  const deletion = victimCommits[0]!;
  expect(victimCommits.length).toBeGreaterThanOrEqual(3);

  // The attacker takes the freed slug with a draft of their own.
  const mallory = await signedInContext(browser, attacker);
  try {
    const mine = await createDraft(mallory.page, { title, body: [`Attacker text ${id}.`] });
    expect(mine.slug).toBe(slug);
    await mallory.page.goto(`/admin/posts/${slug}/history`);
    const main = mallory.page.getByRole("main");
    await expect(main.getByRole("heading", { name: `History of ${title}` })).toBeVisible();
    await expect(main.locator("ol > li")).toHaveCount(1);
    await expect(main).toContainText(attacker.name);
    await expect(main).not.toContainText(victim.name);
    await expect(main).not.toContainText(secret);
    await expect(main.getByRole("button", { name: "Restore this version" })).toHaveCount(0);

    // Replaying a restore of the victim's versions, or of the deleted post, is refused.
    const who = await identityOf(mallory.page, "attacker");
    const restore = (commit: string, version?: string) =>
      replay(
        formAction("restoreAction", `/admin/posts/${slug}/history`, {
          slug,
          format: "mdx",
          commit,
          ...(version ? { version } : {}),
        }),
        who,
      );
    const mineBefore = postSource(slug);
    for (const commit of victimCommits.slice(1)) {
      const reply = await restore(commit, postVersion(slug));
      expect(reply.text).toContain(OTHER_POST);
    }
    expect((await restore(`${deletion}^`)).text).toMatch(TAKEN);
    expect(postSource(slug)).toBe(mineBefore);

    // Even with the slug free again, the deleted post stays its author's to restore.
    await mallory.page.goto(`/admin/posts/${slug}`);
    await mallory.page.getByRole("button", { name: "Delete", exact: true }).click();
    await mallory.page.getByRole("button", { name: "Move to Deleted posts" }).click();
    await expect(mallory.page).toHaveURL(/\/admin\?deleted=1$/);
    expect((await restore(`${deletion}^`)).text).toContain(NOT_YOURS);
    expect(fs.existsSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`))).toBe(false);
    expect(await readerStatus(`/blog/${slug}`)).toBe(404);
  } finally {
    await mallory.context.close();
  }

  // The editors' list keeps each deleted post apart by its id (on the row, not shown): the
  // victim's and the attacker's draft share a title and a slug, and are two entries.
  await page.goto("/admin/history");
  const rows = page.getByRole("main").getByRole("listitem").filter({ hasText: title });
  await expect(rows).toHaveCount(2);
  await expect(rows.and(page.locator(`li[data-post-id="${postId!}"]`))).toHaveCount(1);
});
