import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { expect, request, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_BASE_URL } from "../support/env";
import { scaled } from "../support/slowness";
import {
  accountRecord,
  AttackLog,
  CANNOT_PUBLISH,
  capture,
  fieldOf,
  FORBIDDEN,
  formAction,
  FUTURE,
  NOBODY,
  NOT_YOURS_OR_GONE,
  postExists,
  postSource,
  postVersion,
  replay,
  sessionCookie,
  SIGNED_OUT,
  stateOf,
  uniqueGif,
  type Identity,
  type RecordedAction,
} from "./action-replay";
import { authorIdOf, signIn, storageStateOf, unique, USERS, type UserKey } from "./support";

/**
 * Server actions are public endpoints: hiding a button or redirecting a page protects nothing. Each
 * action is recorded from the real UI (destructive ones aborted before they reach the server), then
 * replayed without a session, with a too-low role, or with forged cookies. Every replay must be
 * refused and must leave the files it could touch exactly as they were.
 */

const INTENTS = ["save", "submit", "publish", "schedule", "unpublish", "update"] as const;

async function pageAs(browser: Browser, key: UserKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  return context.newPage();
}

/** Fills a new post in the editor (body first, so nothing autosaves before the click). */
async function fillNewPost(page: Page, post: { title: string; slug: string; body: string }) {
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Post text" }).fill(post.body);
  await page.getByLabel("Title", { exact: true }).fill(post.title);
  await page.getByLabel("Address", { exact: true }).fill(post.slug);
}

/** Records the editor's request for a button click (not an autosave). */
const saveClick = (page: Page, button: string, intent: string, abort = false) =>
  capture(page, "savePostAction", () => page.getByRole("button", { name: button }).click(), {
    abort,
    where: (action) => fieldOf(action, "intent") === intent && !fieldOf(action, "autosave"),
  });

/** Records the editor's delete dialog without deleting. */
async function captureDelete(page: Page): Promise<RecordedAction> {
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  return capture(
    page,
    "deletePostAction",
    () => page.getByRole("button", { name: "Move to Deleted posts" }).click(),
    { abort: true },
  );
}

async function readerStatus(path: string): Promise<number> {
  const reader = await request.newContext({ baseURL: ADMIN_BASE_URL, storageState: NOBODY });
  try {
    return (await reader.get(path, { maxRedirects: 0 })).status();
  } finally {
    await reader.dispose();
  }
}

/** Fields that aim a recorded editor request at an existing post. */
const aimAt = (slug: string, extra: Record<string, string | null> = {}) => ({
  originalSlug: slug,
  slug,
  version: postVersion(slug),
  autosave: null,
  ...extra,
});

function report(log: AttackLog) {
  test.info().annotations.push({ type: "attacks", description: String(log.tried.length) });
  console.log(`${test.info().title}: ${log.tried.length} attacks\n  ${log.tried.join("\n  ")}`);
}

test.describe("server actions called directly", () => {
  // Both tests replay the same recordings, made once by the owner.
  test.describe.configure({ mode: "default" });

  type Recordings = {
    id: string;
    post: string;
    save: RecordedAction;
    deletePost: RecordedAction;
    preview: RecordedAction;
    previewLink: RecordedAction;
    tag: { name: string; slug: string };
    tagCreate: RecordedAction;
    tagDescribe: RecordedAction;
    tagRename: RecordedAction;
    tagMerge: RecordedAction;
    tagDelete: RecordedAction;
    media: string;
    upload: RecordedAction;
    deleteMedia: RecordedAction;
    target: { name: string; email: string };
    invite: RecordedAction;
    reissue: RecordedAction;
    revoke: RecordedAction;
    changeRole: RecordedAction;
    changeReset: RecordedAction;
    changeDeactivate: RecordedAction;
    profile: RecordedAction;
    password: RecordedAction;
  };
  let r: Recordings;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(scaled(180_000));
    const page = await pageAs(browser, "owner");
    const id = unique();

    // The editor: a real draft of the owner's, its preview and share link; delete only recorded.
    const post = `perm-target-${id}`;
    await page.goto("/admin/posts/new");
    const preview = await capture(
      page,
      "previewAction",
      () => page.getByRole("textbox", { name: "Post text" }).fill(`Target body ${id}`),
      { where: (action) => JSON.stringify(action.args).includes(id) },
    );
    await page.getByLabel("Title", { exact: true }).fill(`Permissions target ${id}`);
    await page.getByLabel("Address", { exact: true }).fill(post);
    const save = await saveClick(page, "Save draft", "save");
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/posts/(new\\?slug=)?${post}$`));
    const previewLink = await capture(page, "createShareLinkAction", () =>
      page.getByRole("button", { name: "Share preview" }).click(),
    );
    await expect(page.getByLabel("Preview link")).toHaveValue(/\/preview\//);
    const deletePost = await captureDelete(page);

    // Tags: a real new tag of our own; every other operation on it only recorded.
    const tag = { name: `Perm Tag ${id}`, slug: `perm-tag-${id}` };
    await page.goto("/admin/tags");
    await page.getByLabel("New tag", { exact: true }).fill(tag.name);
    const tagCreate = await capture(page, "tagAction", () =>
      page.getByRole("button", { name: "Create tag" }).click(),
    );
    await expect(page.getByText(`Tag "${tag.name}" created.`)).toBeVisible();
    const tagForm = async (label: string) => {
      await page.goto("/admin/tags");
      await page
        .locator("summary")
        .filter({ hasText: `Edit ${tag.name}` })
        .click();
      return page.getByRole("form", { name: `${label} ${tag.name}` });
    };
    let form = await tagForm("Description of");
    await form.getByLabel("Description").fill(`Defaced ${id}`);
    const tagDescribe = await capture(
      page,
      "tagAction",
      () => form.getByRole("button", { name: "Save" }).click(),
      { abort: true },
    );
    form = await tagForm("Rename");
    await form.getByLabel("New name").fill(`Perm Renamed ${id}`);
    const tagRename = await capture(
      page,
      "tagAction",
      () => form.getByRole("button", { name: "Rename" }).click(),
      { abort: true },
    );
    form = await tagForm("Merge");
    await form.getByLabel("Merge into").selectOption({ index: 1 });
    const tagMerge = await capture(
      page,
      "tagAction",
      () => form.getByRole("button", { name: "Merge" }).click(),
      { abort: true },
    );
    form = await tagForm("Delete");
    await form.getByRole("checkbox").check();
    const tagDelete = await capture(
      page,
      "tagAction",
      () => form.getByRole("button", { name: "Delete" }).click(),
      { abort: true },
    );

    // Media: a real upload; its deletion only recorded.
    await page.goto("/admin/media");
    await page.getByLabel("Image", { exact: true }).setInputFiles({
      name: "permissions.gif",
      mimeType: "image/gif",
      buffer: uniqueGif(),
    });
    const upload = await capture(page, "uploadMediaAction", () =>
      page.getByRole("button", { name: "Upload" }).click(),
    );
    const uploaded = page.getByText(/Uploaded: \/media\/[a-z0-9-]+\.gif/);
    await expect(uploaded).toBeVisible();
    const media = /\/media\/([a-z0-9-]+\.gif)/.exec((await uploaded.textContent()) ?? "")![1]!;
    await page.goto("/admin/media");
    const deleteMedia = await capture(
      page,
      "deleteMediaAction",
      () =>
        page
          .getByRole("form", { name: `Delete ${media}` })
          .getByRole("button", { name: "Delete" })
          .click(),
      { abort: true },
    );

    // Accounts: a real invitation of a throwaway account; every change to it only recorded.
    const target = { name: `Perm Target ${id}`, email: `perm-target-${id}@example.com` };
    await page.goto("/admin/accounts");
    const inviteForm = page.getByRole("form", { name: "Invite a mentor" });
    await inviteForm.getByLabel("Name").fill(target.name);
    await inviteForm.getByLabel("Email").fill(target.email);
    await inviteForm.getByLabel("Role").selectOption("author");
    const invite = await capture(page, "inviteAction", () =>
      inviteForm.getByRole("button", { name: "Invite" }).click(),
    );
    await expect(inviteForm.getByLabel("One-time link")).toHaveValue(/\/invite\//);
    const inviteLink = await inviteForm.getByLabel("One-time link").inputValue();
    // Re-issuing and revoking the pending invitation: only recorded.
    const pending = () =>
      page
        .getByRole("list", { name: "Pending invitations" })
        .getByRole("listitem")
        .filter({ hasText: target.email });
    const reissue = await capture(
      page,
      "invitationAction",
      () => pending().getByRole("button", { name: "Re-issue link" }).click(),
      { abort: true },
    );
    await page.goto("/admin/accounts");
    const revoke = await capture(
      page,
      "invitationAction",
      () => pending().getByRole("button", { name: "Revoke" }).click(),
      { abort: true },
    );
    // Then the target accepts it (a member's row has the role, reset and deactivate controls).
    const guest = await browser.newContext({ storageState: NOBODY });
    const guestPage = await guest.newPage();
    await guestPage.goto(inviteLink);
    await guestPage.getByLabel("New password").fill(`perm-target-password-${id}`);
    await guestPage.getByLabel("Confirm password").fill(`perm-target-password-${id}`);
    await guestPage.getByRole("button", { name: "Set password" }).click();
    await expect(guestPage).toHaveURL(/\/admin\?welcome=1$/);
    await guest.close();
    const row = async () => {
      await page.goto("/admin/accounts");
      return page
        .getByRole("list", { name: "Members" })
        .getByRole("listitem")
        .filter({ hasText: target.email });
    };
    let item = await row();
    await item
      .getByRole("form", { name: `Role of ${target.name}` })
      .getByRole("combobox")
      .selectOption("editor");
    const changeRole = await capture(
      page,
      "changeAccountAction",
      () => item.getByRole("button", { name: "Change role" }).click(),
      { abort: true },
    );
    item = await row();
    const changeReset = await capture(
      page,
      "changeAccountAction",
      () => item.getByRole("button", { name: "Create reset link" }).click(),
      { abort: true },
    );
    item = await row();
    const changeDeactivate = await capture(
      page,
      "changeAccountAction",
      () => item.getByRole("button", { name: "Deactivate" }).click(),
      { abort: true },
    );

    // Profile and password: only recorded (the password change never reaches the server).
    await page.goto("/admin/profile");
    const profileForm = page.getByRole("form", { name: "Author profile" });
    await profileForm.getByLabel("Bio").fill(`Defaced ${id}`);
    const profile = await capture(
      page,
      "updateProfileAction",
      () => profileForm.getByRole("button", { name: "Save profile" }).click(),
      { abort: true },
    );
    await page.goto("/admin/profile");
    const passwordForm = page.getByRole("form", { name: "Change password" });
    await passwordForm.getByLabel("Current password").fill(USERS.owner.password);
    await passwordForm.getByLabel("New password", { exact: true }).fill(`perm-password-${id}`);
    await passwordForm.getByLabel("Confirm new password").fill(`perm-password-${id}`);
    const password = await capture(
      page,
      "changePasswordAction",
      () => passwordForm.getByRole("button", { name: "Change password" }).click(),
      { abort: true },
    );
    await page.context().close();

    r = {
      id,
      post,
      save,
      deletePost,
      preview,
      previewLink,
      tag,
      tagCreate,
      tagDescribe,
      tagRename,
      tagMerge,
      tagDelete,
      media,
      upload,
      deleteMedia,
      target,
      invite,
      reissue,
      revoke,
      changeRole,
      changeReset,
      changeDeactivate,
      profile,
      password,
    };
    // The recordings are what they claim to be.
    expect(fieldOf(save, "intent")).toBe("save");
    expect(fieldOf(tagRename, "op")).toBe("rename");
    expect(fieldOf(tagMerge, "op")).toBe("merge");
    expect(fieldOf(tagDelete, "op")).toBe("delete");
    expect(fieldOf(changeRole, "op")).toBe("role");
    expect(fieldOf(changeReset, "op")).toBe("reset");
    expect(fieldOf(reissue, "op")).toBe("reissue");
    expect(fieldOf(revoke, "op")).toBe("revoke");
    expect(fieldOf(changeDeactivate, "op")).toBe("deactivate");
    expect(fieldOf(deleteMedia, "name")).toBe(media);
  });

  /** Every tag operation, aimed at our own throwaway tag. */
  async function tagAttacks(log: AttackLog, who: Identity, refusal: string) {
    const created = `Perm ${who === "nobody" ? "Anon" : String(who)} ${unique()}`;
    const createdSlug = created.toLowerCase().replace(/\s+/g, "-");
    const renamedSlug = `perm-renamed-${r.id}`;
    const tags = [r.tag.slug, createdSlug, renamedSlug];
    await log.expectRefused(r.tagCreate, who, { set: { name: created } }, { tags }, refusal);
    for (const action of [r.tagDescribe, r.tagRename, r.tagMerge, r.tagDelete])
      await log.expectRefused(action, who, {}, { tags }, refusal);
  }

  /** Invitations (of an administrator, even) and every change to the throwaway account. */
  async function accountAttacks(log: AttackLog, who: Identity, refusal: string) {
    const email = `perm-invite-${unique()}@example.com`;
    await log.expectRefused(
      r.invite,
      who,
      { set: { name: "Mallory", email, role: "admin" } },
      { accounts: [email] },
      refusal,
    );
    const accounts = [r.target.email];
    await log.expectRefused(r.changeRole, who, { set: { role: "admin" } }, { accounts }, refusal);
    await log.expectRefused(r.changeDeactivate, who, {}, { accounts }, refusal);
    await log.expectRefused(r.changeReset, who, {}, { accounts }, refusal);
    await log.expectRefused(r.reissue, who, {}, { accounts }, refusal);
    await log.expectRefused(r.revoke, who, {}, { accounts }, refusal);
  }

  test("every server action refuses a request without a session", async () => {
    test.setTimeout(scaled(120_000));
    const log = new AttackLog();
    const posts = [r.post];
    const fresh = `perm-anon-${r.id}`;
    // The attacks' targets exist, so "nothing changed" below is not vacuous.
    expect(
      stateOf({
        posts,
        tags: [r.tag.slug],
        media: [r.media],
        accounts: [r.target.email, USERS.owner.email],
        authors: [authorIdOf("owner")],
      }),
    ).toEqual({
      [`posts/${r.post}.mdx`]: expect.not.stringMatching(/absent/),
      [`posts/${r.post}.md`]: "(absent)",
      [`tags.yml#${r.tag.slug}`]: {
        tag: { name: r.tag.name },
        redirectsTo: null,
        redirectedFrom: [],
      },
      [`media/${r.media}`]: expect.not.stringMatching(/absent/),
      [`accounts.json#${r.target.email}`]: expect.objectContaining({
        role: "author",
        active: true,
      }),
      [`accounts.json#${USERS.owner.email}`]: expect.objectContaining({ role: "owner" }),
      [`authors/${authorIdOf("owner")}.md`]: expect.not.stringMatching(/absent/),
    });

    // A new post, then every intent aimed at the owner's existing draft.
    await log.expectRefused(
      r.save,
      "nobody",
      { set: { slug: fresh, title: "Anonymous post", intent: "publish" } },
      { posts: [fresh] },
      SIGNED_OUT,
    );
    for (const intent of INTENTS) {
      const date = intent === "schedule" ? FUTURE : "";
      await log.expectRefused(
        r.save,
        "nobody",
        { set: aimAt(r.post, { intent, title: `Hijacked (${intent})`, date }) },
        { posts },
        SIGNED_OUT,
      );
    }
    await log.expectRefused(
      r.deletePost,
      "nobody",
      { set: { slug: r.post, version: postVersion(r.post) } },
      { posts },
      SIGNED_OUT,
    );
    await log.expectRefused(
      r.preview,
      "nobody",
      { args: [{ body: `# Anonymous preview ${r.id}` }] },
      { posts },
      SIGNED_OUT,
    );
    await log.expectRefused(
      r.previewLink,
      "nobody",
      { args: [{ slug: r.post }] },
      { posts },
      SIGNED_OUT,
    );

    await tagAttacks(log, "nobody", SIGNED_OUT);

    const bytes = uniqueGif();
    await log.expectRefused(
      r.upload,
      "nobody",
      { file: { field: "file", fileName: "anonymous.gif", type: "image/gif", bytes } },
      { mediaBytes: [bytes] },
      SIGNED_OUT,
    );
    await log.expectRefused(r.deleteMedia, "nobody", {}, { media: [r.media] }, SIGNED_OUT);

    await accountAttacks(log, "nobody", SIGNED_OUT);

    await log.expectRefused(
      r.profile,
      "nobody",
      {},
      { authors: [authorIdOf("owner")] },
      SIGNED_OUT,
    );
    await log.expectRefused(
      r.password,
      "nobody",
      {},
      { accounts: [USERS.owner.email] },
      SIGNED_OUT,
    );
    report(log);
  });

  test("every server action refuses a session of too low a role", async () => {
    test.setTimeout(scaled(150_000));
    const log = new AttackLog();

    // A contributor's own draft, made by replaying the owner's request with their cookies: this
    // also proves the replays reach the action and work for someone who may do it.
    const own = `perm-contrib-${r.id}`;
    const made = await replay(r.save, "contributor", {
      set: { slug: own, title: `Contributor draft ${r.id}` },
    });
    expect(made.text).toContain("Draft saved.");
    expect(postSource(own)).toMatch(/^draft: true$/m);
    for (const intent of ["publish", "schedule", "unpublish"] as const) {
      const date = intent === "schedule" ? FUTURE : "";
      await log.expectRefused(
        r.save,
        "contributor",
        { set: aimAt(own, { intent, date }) },
        { posts: [own] },
        CANNOT_PUBLISH,
      );
    }
    expect(postSource(own)).toMatch(/^draft: true$/m);
    // Someone else's post: answered as a missing post is, so saves cannot probe addresses.
    await log.expectRefused(
      r.save,
      "contributor",
      { set: aimAt(r.post, { intent: "save", title: "Contributor was here" }) },
      { posts: [r.post] },
      NOT_YOURS_OR_GONE,
    );
    await log.expectRefused(
      r.deletePost,
      "contributor",
      { set: { slug: r.post, version: postVersion(r.post) } },
      { posts: [r.post] },
      FORBIDDEN,
    );
    await log.expectRefused(
      r.previewLink,
      "contributor",
      { args: [{ slug: r.post }] },
      { posts: [r.post] },
      FORBIDDEN,
    );

    await tagAttacks(log, "contributor", FORBIDDEN);
    await log.expectRefused(r.deleteMedia, "contributor", {}, { media: [r.media] }, FORBIDDEN);
    await accountAttacks(log, "contributor", FORBIDDEN);

    await tagAttacks(log, "author", FORBIDDEN);
    await log.expectRefused(r.deleteMedia, "author", {}, { media: [r.media] }, FORBIDDEN);
    await accountAttacks(log, "author", FORBIDDEN);

    await accountAttacks(log, "editor", FORBIDDEN);

    // The same requests do work for the roles that may send them.
    const described = await replay(r.tagDescribe, "editor", {
      set: { description: `Described by an editor ${r.id}` },
    });
    expect(described.text).toContain("Description saved.");
    const changed = await replay(r.changeRole, "owner", { set: { role: "contributor" } });
    expect(changed.text).toContain("Role changed.");
    expect(accountRecord(r.target.email)?.role).toBe("contributor");
    const deleted = await replay(r.deleteMedia, "editor");
    expect(deleted.text).toContain("Image deleted.");
    report(log);
  });
});

test("a contributor cannot publish, in the editor or by calling the action", async ({
  browser,
}) => {
  test.setTimeout(scaled(120_000));
  const log = new AttackLog();
  const id = unique();
  const slug = `perm-review-${id}`;
  const page = await pageAs(browser, "contributor");

  await page.goto("/admin/posts/new");
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule", exact: true })).toHaveCount(0);

  await fillNewPost(page, { title: `For review ${id}`, slug, body: `Waiting for an editor ${id}` });
  const submit = await saveClick(page, "Submit for review", "submit");
  await expect(page.getByTestId("post-status")).toHaveText("In review");
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule", exact: true })).toHaveCount(0);
  expect(postSource(slug)).toMatch(/^draft: true$/m);
  expect(postSource(slug)).toMatch(/^review: true$/m);
  expect(await readerStatus(`/blog/${slug}`)).toBe(404);
  const deletePost = await captureDelete(page);

  // Calling the action directly with a publishing intent.
  for (const intent of ["publish", "schedule", "unpublish"] as const) {
    const date = intent === "schedule" ? FUTURE : "";
    await log.expectRefused(
      submit,
      "contributor",
      { set: aimAt(slug, { intent, date }) },
      { posts: [slug] },
      CANNOT_PUBLISH,
    );
  }
  expect(postSource(slug)).toMatch(/^draft: true$/m);
  expect(await readerStatus(`/blog/${slug}`)).toBe(404);
  // Front matter smuggled in as extra form fields is ignored: the save works, the post stays a draft.
  const sneaky = await replay(submit, "contributor", {
    set: aimAt(slug, { intent: "save", draft: "false", review: "false", published: "true" }),
  });
  expect(sneaky.text).toContain("Draft saved.");
  expect(postSource(slug)).toMatch(/^draft: true$/m);
  expect(await readerStatus(`/blog/${slug}`)).toBe(404);
  await page.goto(`/admin/posts/${slug}`);
  await expect(page.getByTestId("post-status")).toHaveText(/Draft|In review/);
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);

  // An editor publishes it (the same request works for them) ...
  const published = await replay(submit, "editor", { set: aimAt(slug, { intent: "publish" }) });
  expect(published.text).toContain("Published.");
  expect(postSource(slug)).not.toMatch(/^draft: true$/m);
  await expect.poll(() => readerStatus(`/blog/${slug}`), { timeout: scaled(15_000) }).toBe(200);
  // ... and from then on the contributor may not change, unpublish or delete it.
  await log.expectRefused(
    submit,
    "contributor",
    { set: aimAt(slug, { intent: "update", title: "Changed after publication" }) },
    { posts: [slug] },
    FORBIDDEN,
  );
  await log.expectRefused(
    submit,
    "contributor",
    { set: aimAt(slug, { intent: "unpublish" }) },
    { posts: [slug] },
    FORBIDDEN,
  );
  await log.expectRefused(
    deletePost,
    "contributor",
    { set: { version: postVersion(slug) } },
    { posts: [slug] },
    FORBIDDEN,
  );
  // Their own published post: the permission page says why, and who can change it.
  await page.goto(`/admin/posts/${slug}`);
  await expect(page.getByRole("heading", { name: "You can't edit this post" })).toBeVisible();
  await expect(page.getByText("contributors cannot change a published post")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveCount(0);
  await page.context().close();
  report(log);
});

test("an author cannot edit or delete another author's posts", async ({ browser }) => {
  test.setTimeout(scaled(120_000));
  const log = new AttackLog();
  const id = unique();
  const draft = `perm-author2-draft-${id}`;
  const live = `perm-author2-live-${id}`;

  const theirs = await pageAs(browser, "author2");
  await fillNewPost(theirs, { title: `Cara's draft ${id}`, slug: draft, body: "Not yours." });
  const save = await saveClick(theirs, "Save draft", "save");
  await expect(theirs.getByText("Draft saved.")).toBeVisible();
  await expect(theirs).toHaveURL(new RegExp(`/admin/posts/(new\\?slug=)?${draft}$`));
  const previewLink = await capture(theirs, "createShareLinkAction", () =>
    theirs.getByRole("button", { name: "Share preview" }).click(),
  );
  const deletePost = await captureDelete(theirs);
  await fillNewPost(theirs, { title: `Cara's post ${id}`, slug: live, body: "Not yours either." });
  await saveClick(theirs, "Publish now", "publish");
  await expect(theirs.getByText("Published.")).toBeVisible();
  await theirs.context().close();

  const mine = await pageAs(browser, "author");
  for (const slug of [draft, live]) {
    const response = await mine.goto(`/admin/posts/${slug}`);
    // Their draft looks exactly like a post that does not exist (no slug probing); their
    // published post, which readers see anyway, gets the permission page.
    if (slug === draft) {
      expect(response?.status(), `/admin/posts/${slug} for another author`).toBe(404);
      await expect(mine.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
    } else {
      await expect(mine.getByRole("heading", { name: "You can't edit this post" })).toBeVisible();
      await expect(mine.getByText(`belongs to ${USERS.author2.name}`)).toBeVisible();
    }
    await expect(mine.getByLabel("Title", { exact: true })).toHaveCount(0);
    await expect(mine.getByRole("button", { name: /Save draft|Update/ })).toHaveCount(0);
  }
  await mine.context().close();

  const attempts: [string, Record<string, string>][] = [
    [draft, { intent: "save", title: "Hijacked draft" }],
    [draft, { intent: "publish" }],
    [draft, { intent: "save", slug: `${draft}-stolen` }],
    [live, { intent: "update", title: "Hijacked post" }],
    [live, { intent: "unpublish" }],
    [live, { intent: "update", slug: `${live}-stolen` }],
  ];
  for (const [slug, change] of attempts) {
    await log.expectRefused(
      save,
      "author",
      { set: aimAt(slug, change) },
      { posts: [slug, `${slug}-stolen`] },
      NOT_YOURS_OR_GONE,
    );
  }
  for (const slug of [draft, live]) {
    await log.expectRefused(
      deletePost,
      "author",
      { set: { slug, version: postVersion(slug) } },
      { posts: [slug] },
      FORBIDDEN,
    );
  }
  await log.expectRefused(
    previewLink,
    "author",
    { args: [{ slug: draft }] },
    { posts: [draft] },
    FORBIDDEN,
  );
  // Nor take the slug over by saving a new post under it.
  await log.expectRefused(
    save,
    "author",
    { set: { originalSlug: "", version: "", slug: live, title: "Squatter", overwrite: "1" } },
    { posts: [live] },
    "Another post already uses the address",
  );
  expect(postSource(draft)).toContain("Not yours.");
  expect(postSource(live)).toContain("Not yours either.");
  report(log);
});

test("a forged, tampered or revoked session cookie counts as signed out", async ({ browser }) => {
  test.setTimeout(scaled(120_000));
  const log = new AttackLog();
  const id = unique();
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const owner = accountRecord(USERS.owner.email)!;

  const stored = JSON.parse(fs.readFileSync(storageStateOf("contributor"), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  const real = stored.cookies.find((cookie) => cookie.name === "authjs.session-token")!.value;
  const middle = Math.floor(real.length / 2);
  const tampered =
    real.slice(0, middle) + (real[middle] === "A" ? "B" : "A") + real.slice(middle + 1);

  // A real session of the contributor's, signed out: the cookie is kept and replayed.
  const context = await browser.newContext({ storageState: NOBODY });
  const session = await context.newPage();
  await signIn(session, "contributor");
  const revokedState = await context.storageState();
  await session.getByRole("button", { name: "Sign out" }).click();
  await expect(session).toHaveURL(/\/signin\?signedOut=1$/);
  await context.close();

  const identities: Identity[] = [
    sessionCookie("random session cookie", randomBytes(48).toString("base64url")),
    sessionCookie("tampered contributor cookie", tampered),
    sessionCookie(
      "unsigned token claiming the owner",
      `${b64({ alg: "none", typ: "JWT" })}.${b64({ accountId: owner.id, sid: "x", sub: owner.id })}.`,
    ),
    { label: "signed-out contributor session", storageState: revokedState },
  ];

  for (const who of identities) {
    const visitor = await browser.newContext({
      storageState: typeof who === "string" ? NOBODY : who.storageState,
    });
    const page = await visitor.newPage();
    await page.goto("/admin");
    await expect(page, `/admin with a ${typeof who === "string" ? who : who.label}`).toHaveURL(
      /\/signin$/,
    );
    await page.goto("/admin/accounts");
    await expect(page).toHaveURL(/\/signin$/);
    await visitor.close();
  }

  const slug = `perm-forged-${id}`;
  const savePost = formAction("savePostAction", "/admin/posts/new", {
    intent: "publish",
    originalSlug: "",
    version: "",
    title: `Forged ${id}`,
    slug,
    description: "",
    tags: "",
    date: "",
    thumbnail: "",
    thumbnail_alt: "",
    meta_title: "",
    meta_description: "",
    canonical: "",
    body: "Forged.",
  });
  const createTag = formAction("tagAction", "/admin/tags", {
    op: "create",
    name: `Forged ${id}`,
    description: "",
  });
  const email = `forged-${id}@example.com`;
  const invite = formAction("inviteAction", "/admin/accounts", {
    name: "Forged",
    email,
    role: "admin",
  });
  for (const who of identities) {
    await log.expectRefused(savePost, who, {}, { posts: [slug] }, SIGNED_OUT);
    await log.expectRefused(createTag, who, {}, { tags: [`forged-${id}`] }, SIGNED_OUT);
    await log.expectRefused(invite, who, {}, { accounts: [email] }, SIGNED_OUT);
  }
  expect(postExists(slug)).toBe(false);
  // The same hand-built request works with a real session: the refusals are the cookie's doing.
  const control = `perm-forged-control-${id}`;
  const saved = await replay(savePost, "contributor", {
    set: { intent: "save", slug: control },
  });
  expect(saved.text).toContain("Draft saved.");
  expect(postExists(control)).toBe(true);
  report(log);
});

test("setup is closed once the owner exists", async ({ browser }) => {
  const log = new AttackLog();
  const id = unique();
  const context = await browser.newContext({ storageState: NOBODY });
  const page = await context.newPage();
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole("button", { name: "Create owner account" })).toHaveCount(0);
  await context.close();

  // The setup form cannot be recorded any more: its action id comes from the build's manifest.
  // A hand-built sign-in request first shows such requests do reach their action.
  const signInReply = await replay(
    formAction("signInAction", "/signin", {
      email: `nobody-${id}@example.com`,
      password: "not-a-password-123",
    }),
    "nobody",
  );
  expect(signInReply.text).toContain("The email or password is incorrect.");

  const email = `mallory-${id}@example.com`;
  const setup = formAction("setupAction", "/setup", {
    name: "Mallory",
    email,
    password: "mallory-password-123",
    confirm: "mallory-password-123",
  });
  const accounts = [email, USERS.owner.email];
  const closed = "Setup is already complete";
  await log.expectRefused(setup, "nobody", {}, { accounts }, closed);
  await log.expectRefused(setup, "contributor", {}, { accounts }, closed);
  await log.expectRefused({ ...setup, path: "/admin" }, "nobody", {}, { accounts }, closed);
  expect(accountRecord(email)).toBeUndefined();
  report(log);
});
