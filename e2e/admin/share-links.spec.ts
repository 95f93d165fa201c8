import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_CONTENT_DIR, ADMIN_DATA_DIR } from "../support/env";
import { createDraft, freshContext, readerRequest } from "./helpers";
import { storageStateOf, unique, USERS, type UserKey } from "./support";

/**
 * Share-preview links are bound to a post's permanent id: they follow the post, die with it and
 * can be revoked; a slug taken later by another post is never shown through an old link.
 */

const MADE = "Preview link made. It works for 48 hours.";
const REVOKED = "Link revoked: it no longer opens this post.";
/** "Made by Olive Owner, expires in 47 hours, on 4 December at 09:30." (the browser's zone) */
const listed = (name: string) =>
  new RegExp(
    `^Made by ${name}, expires in 4[78] hours, on \\d{1,2} [A-Z][a-z]+ at \\d\\d:\\d\\d\\.$`,
  );

async function pageAs(browser: Browser, key: UserKey): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  return context.newPage();
}

/** Clicks Share preview and returns the link shown once. */
async function makeLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share preview" }).click();
  await expect(page.getByText(MADE)).toBeVisible();
  const link = await page.getByLabel("Preview link").inputValue();
  expect(link).toMatch(/\/preview\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** The status and text a visitor without an account gets for a link. */
async function visit(link: string): Promise<{ status: number; text: string }> {
  const reader = await readerRequest();
  try {
    const response = await reader.get(link);
    return { status: response.status(), text: await response.text() };
  } finally {
    await reader.dispose();
  }
}

const postIdOf = (slug: string) =>
  /^id: ([0-9a-f-]{36})$/m.exec(
    fs.readFileSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`), "utf8"),
  )?.[1];

const storedLinksFor = (postId: string) => {
  const file = path.join(ADMIN_DATA_DIR, "share-links.json");
  if (!fs.existsSync(file)) return [];
  const { links } = JSON.parse(fs.readFileSync(file, "utf8")) as { links: { postId: string }[] };
  return links.filter((link) => link.postId === postId);
};

test.describe("share links", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("a link is listed with its maker and expiry, opens signed out, and is revoked", async ({
    page,
    browser,
  }) => {
    const { title, body } = await createDraft(page);
    await expect(page.getByText("No share links.")).toBeVisible();
    const link = await makeLink(page);
    const links = page.getByRole("list", { name: "Share links" }).getByRole("listitem");
    await expect(links).toHaveCount(1);
    await expect(links.first().getByRole("paragraph")).toHaveText(listed(USERS.owner.name));
    // The token is shown once: the list after a reload holds no address.
    await page.reload();
    await expect(links).toHaveCount(1);
    await expect(page.getByLabel("Preview link")).toHaveCount(0);
    expect(await page.content()).not.toContain(link.split("/preview/")[1]);

    // Signed out, in a browser: the draft, with the review banner.
    const guestContext = await freshContext(browser);
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(guest.getByText(body[0]!)).toBeVisible();
    await expect(guest.getByRole("status").filter({ hasText: "Draft" })).toContainText(
      "shared for review",
    );

    // Revoking asks first; Keep it changes nothing.
    await links
      .first()
      .getByRole("button", { name: /^Revoke the link made by / })
      .click();
    await expect(page.getByText("Revoke this link? Anyone who opens it will get")).toBeVisible();
    await page.getByRole("button", { name: "Keep it" }).click();
    expect((await visit(link)).status).toBe(200);
    await links
      .first()
      .getByRole("button", { name: /^Revoke the link made by / })
      .click();
    await page.getByRole("button", { name: "Revoke link", exact: true }).click();
    await expect(page.getByText(REVOKED)).toBeVisible();
    await expect(page.getByText("No share links.")).toBeVisible();

    const revoked = await guest.goto(link);
    expect(revoked?.status()).toBe(404);
    await expect(guest.getByText(title)).toHaveCount(0);
    await guestContext.close();
  });

  test("deleting a post ends its links; a new post at the same slug is not shown", async ({
    page,
  }) => {
    const id = unique();
    const title = `Shared then deleted ${id}`;
    const { slug } = await createDraft(page, { title, body: [`Old idea ${id}.`] });
    const postId = postIdOf(slug);
    expect(postId, "the saved post has an id").toBeDefined();
    const link = await makeLink(page);
    expect((await visit(link)).status).toBe(200);
    expect(storedLinksFor(postId!)).toHaveLength(1);

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Move this post to Deleted posts?" })
      .getByRole("button", { name: "Move to Deleted posts" })
      .click();
    await expect(page).toHaveURL(/\/admin\?deleted=1$/);
    expect(storedLinksFor(postId!), "the deleted post's links are gone").toEqual([]);
    expect((await visit(link)).status).toBe(404);

    // An editor's embargoed draft takes the same slug: the old link still shows nothing.
    const editor = await pageAs(page.context().browser()!, "editor");
    const again = await createDraft(editor, { title, body: [`Embargoed launch ${id}.`] });
    expect(again.slug).toBe(slug);
    expect(postIdOf(slug)).not.toBe(postId);
    const after = await visit(link);
    expect(after.status).toBe(404);
    expect(after.text).not.toContain(`Embargoed launch ${id}`);
    // The new post has no links: the old one's never carry over.
    await expect(editor.getByText("No share links.")).toBeVisible();
    await editor.context().close();
  });

  test("a post written before ids existed gets one with its first link, and saves on", async ({
    page,
  }) => {
    const slug = `legacy-${unique()}`;
    const file = path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`);
    fs.writeFileSync(
      file,
      `---\ntitle: Legacy ${slug}\ndate: 2024-01-01\ndraft: true\n---\nOld.\n`,
    );
    // The server notices files added on disk within seconds.
    await expect
      .poll(async () => (await page.goto(`/admin/posts/${slug}`))?.status(), { timeout: 15_000 })
      .toBe(200);
    await expect(page.getByText("No share links.")).toBeVisible();
    const link = await makeLink(page);
    expect(postIdOf(slug), "the first link wrote the post's id").toBeDefined();
    expect((await visit(link)).status).toBe(200);
    // The id line alone changed the file: the open editor saves without a conflict.
    await page.getByLabel("Title", { exact: true }).fill(`Legacy renamed ${slug}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    expect(fs.readFileSync(file, "utf8")).toContain(`id: ${postIdOf(slug)}`);
  });

  test("a renamed post keeps its links", async ({ page }) => {
    const id = unique();
    const { slug, title } = await createDraft(page, { title: `Renamed later ${id}` });
    const link = await makeLink(page);
    await page.getByLabel("Address", { exact: true }).fill(`${slug}-moved`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/posts/${slug}-moved$`));
    const moved = await visit(link);
    expect(moved.status).toBe(200);
    expect(moved.text).toContain(title);
  });
});

test.describe("what a contributor's editor shows", () => {
  test("no other mentor's draft-only tags and no author names", async ({ browser }) => {
    test.setTimeout(120_000);
    const id = unique();
    const tag = (name: string) => `${name} ${id}`;
    const mine = (options: string[]) => options.filter((name) => name.endsWith(id)).sort();

    // An editor's embargoed draft, another author's draft, and a published post.
    const editor = await pageAs(browser, "editor");
    await createDraft(editor, { tags: tag("Embargo") }, { reopen: false });
    const cara = await pageAs(browser, "author2");
    await createDraft(cara, { tags: tag("Cara Secret") }, { reopen: false });
    const ben = await pageAs(browser, "author");
    await createDraft(ben, { tags: `${tag("Public")}, ${tag("Shared")}` }, { reopen: false });
    await ben.getByRole("button", { name: "Publish now", exact: true }).click();
    await expect(ben.getByText("Published. Readers can see it now.")).toBeVisible();
    await ben.context().close();
    await cara.context().close();

    const dana = await pageAs(browser, "contributor");
    const { slug } = await createDraft(dana, { tags: `${tag("Mine")}, ${tag("Shared")}` });
    const suggestions = (page: Page) =>
      page
        .locator("#tag-suggestions option")
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const others = [USERS.owner, USERS.editor, USERS.author, USERS.author2].map((u) => u.name);
    for (const address of ["/admin/posts/new", `/admin/posts/${slug}`]) {
      await dana.goto(address);
      // Tags the post already has are its chips, not suggestions.
      const chosen = address === "/admin/posts/new" ? [] : [tag("Mine"), tag("Shared")];
      expect(mine(await suggestions(dana)), address).toEqual(
        [tag("Mine"), tag("Public"), tag("Shared")].filter((name) => !chosen.includes(name)).sort(),
      );
      await expect(dana.getByLabel("Author", { exact: true })).toHaveCount(0);
      // Nothing hidden in the page's data either (the client gets all of it, shown or not).
      const html = await (await dana.request.get(address)).text();
      for (const secret of [tag("Embargo"), tag("Cara Secret"), ...others])
        expect(html, `${address} must not contain ${secret}`).not.toContain(secret);
    }
    // The posts list's tag filter follows the same rule.
    await dana.goto("/admin");
    const filter = await dana
      .getByLabel("Tag", { exact: true })
      .locator("option")
      .evaluateAll((options) => options.map((o) => o.textContent ?? ""));
    expect(mine(filter)).toEqual([tag("Mine"), tag("Public"), tag("Shared")].sort());
    await dana.context().close();

    // An editor is offered every tag and picks among every mentor's byline.
    await editor.goto("/admin/posts/new");
    expect(mine(await suggestions(editor))).toEqual(
      [tag("Cara Secret"), tag("Embargo"), tag("Mine"), tag("Public"), tag("Shared")].sort(),
    );
    const authors = await editor
      .getByLabel("Author", { exact: true })
      .locator("option")
      .evaluateAll((options) => options.map((o) => o.textContent ?? ""));
    for (const name of [USERS.editor.name, USERS.author.name, USERS.author2.name])
      expect(authors).toContain(name);
    await editor.context().close();
  });
});
