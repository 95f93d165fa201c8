import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_CONTENT_DIR } from "../support/env";
import { FORBIDDEN, formAction, replay, SIGNED_OUT } from "./action-replay";
import { freshContext, readerRequest, typeBody, waitForText } from "./helpers";
import { storageStateOf, unique } from "./support";

/**
 * Site settings and pages, as people use them: the owner renames the site and edits its
 * navigation, an editor writes an About page that the owner links from the navigation, and a
 * reader sees both, on a desktop and on a phone. Mentors below administrator find no Settings, and
 * a forged save is refused without touching content/site.yml.
 */
const settingsFile = path.join(ADMIN_CONTENT_DIR, "site.yml");
const readSettings = () =>
  fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, "utf8") : "";
const PHONE = { width: 390, height: 844 };
const SAVED = "Settings saved. The site shows them now.";

test.describe.configure({ mode: "serial" });

/** The navigation rows of the Settings form, as "label → address". */
async function navRows(page: Page): Promise<string[]> {
  const rows = page.getByRole("group", { name: /^Navigation/ }).getByRole("listitem");
  const out: string[] = [];
  for (const row of await rows.all()) {
    // The address offers the site's pages as suggestions, so it is a combobox, not a textbox.
    const [label, address] = await row.locator("input").all();
    out.push(`${await label!.inputValue()} → ${await address!.inputValue()}`);
  }
  return out;
}

async function addNavLink(page: Page, label: string, address: string) {
  await page.getByRole("button", { name: "Add a link" }).click();
  const count = await page
    .getByRole("group", { name: /^Navigation/ })
    .getByRole("listitem")
    .count();
  await page.getByLabel(`Link label ${count}`).fill(label);
  await page.getByLabel(`Link address ${count}`).fill(address);
  return count;
}

test("the owner renames the site and reorders its navigation; readers see it at once", async ({
  browser,
}) => {
  const owner = await browser.newContext({ storageState: storageStateOf("owner") });
  const page = await owner.newPage();
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Site settings" })).toBeVisible();
  expect(await navRows(page)).toEqual(["Blog → /", "Tags → /tags", "Search → /search"]);

  // A hostile address is refused in plain words, and nothing is written.
  const before = readSettings();
  const row = await addNavLink(page, "Evil", "javascript:alert(document.cookie)");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(
    page
      .getByRole("status")
      .getByText(
        `Link ${row}: Use a page of this site (starting with /) or a web address (https://…).`,
      ),
  ).toBeVisible();
  expect(readSettings()).toBe(before);

  // A title with markup is text, everywhere it is shown.
  const title = `Mentors <b>& "Friends"</b> ${unique()}`;
  await page.getByLabel("Site title").fill(title);
  await page.getByLabel(`Link address ${row}`).fill("https://handbook.example.com/start");
  await page.getByLabel(`Link label ${row}`).fill("Handbook");
  await page.getByRole("button", { name: `Move ${row} up` }).click();
  await page.getByRole("button", { name: `Remove ${row}` }).click(); // "Search", now last
  await page.getByLabel("Home page introduction").fill("Welcome, new mentees!");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").getByText(SAVED)).toBeVisible();
  expect(await navRows(page)).toEqual([
    "Blog → /",
    "Tags → /tags",
    "Handbook → https://handbook.example.com/start",
  ]);

  const reader = await readerRequest();
  await waitForText(reader, "/", "Welcome, new mentees!");
  const visitor = await (await freshContext(browser)).newPage();
  await visitor.goto("/");
  await expect(visitor).toHaveTitle(title);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const nav = visitor.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(nav).toHaveText(["Blog", "Tags", "Handbook"]);
  await expect(nav.nth(2)).toHaveAttribute("href", "https://handbook.example.com/start");
  await waitForText(reader, "/feed.xml", "Mentors &lt;b&gt;&amp; &quot;Friends&quot;&lt;/b&gt;");
  expect(await (await reader.get("/feed.xml")).text()).not.toContain("<b>&");

  // On a phone, the same navigation is there and usable.
  await visitor.setViewportSize(PHONE);
  await visitor.reload();
  await expect(
    visitor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Handbook" }),
  ).toBeVisible();
  await owner.close();
});

test("an editor writes an About page, the owner links it, and a reader opens it on a phone", async ({
  browser,
}) => {
  const editor = await (
    await browser.newContext({ storageState: storageStateOf("editor") })
  ).newPage();
  await editor.goto("/admin");
  await editor
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Pages" })
    .click();
  await editor.getByRole("link", { name: "New page" }).click();

  // An address the site uses itself is refused in plain words.
  await editor.getByLabel("Title").fill("Admin");
  await typeBody(editor, ["Who we are."]);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(
    editor
      .getByRole("status")
      .getByText(
        'The address /admin is used by the site itself. Choose another one, like "about-admin".',
      ),
  ).toBeVisible();

  const id = unique();
  const title = `About the team ${id}`;
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Address").fill(`about-${id}`);
  await typeBody(editor, ["", "", "We mentor **new engineers** every week."]);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor).toHaveURL(new RegExp(`/admin/pages/about-${id}\\?saved=publish$`));
  await expect(editor.getByRole("status").getByText("Published.")).toBeVisible();

  const owner = await (
    await browser.newContext({ storageState: storageStateOf("owner") })
  ).newPage();
  await owner.goto("/admin/settings");
  await addNavLink(owner, "About", `/about-${id}`);
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").getByText(SAVED)).toBeVisible();

  await waitForText(await readerRequest(), "/", `/about-${id}`);
  const reader = await (await freshContext(browser)).newPage();
  await reader.setViewportSize(PHONE);
  await reader.goto("/");
  await reader
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "About" })
    .click();
  await expect(reader).toHaveURL(new RegExp(`/about-${id}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText("We mentor new engineers every week.")).toBeVisible();
  await waitForText(await readerRequest(), "/sitemap.xml", `/about-${id}</loc>`);
  const feed = await (await (await readerRequest()).get("/feed.xml")).text();
  expect(feed).not.toContain(title);
});

test("below administrator there is no Settings, and a forged save changes nothing", async ({
  browser,
}) => {
  const editor = await (
    await browser.newContext({ storageState: storageStateOf("editor") })
  ).newPage();
  await editor.goto("/admin");
  const adminNav = editor.getByRole("navigation", { name: "Admin" });
  await expect(adminNav.getByRole("link", { name: "Pages" })).toBeVisible();
  await expect(adminNav.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await editor.goto("/admin/settings");
  await expect(editor).toHaveURL(/\/admin\?denied=1$/);

  const before = readSettings();
  const forged = formAction("saveSettingsAction", "/admin/settings", {
    title: "Pwned",
    navigation: JSON.stringify([{ label: "Win", url: "https://evil.example" }]),
    social: "[]",
    version: "0000000000000000",
  });
  for (const who of ["editor", "author", "contributor"] as const)
    expect((await replay(forged, who)).text, who).toContain(FORBIDDEN);
  expect((await replay(forged, "nobody")).text).toContain(SIGNED_OUT);
  expect(readSettings()).toBe(before);

  // Pages are an editor's: an author's forged page is refused too, and no file appears.
  const page = formAction("savePageAction", "/admin/pages/new", {
    title: "Owned",
    slug: "owned",
    body: "x",
    intent: "publish",
  });
  expect((await replay(page, "author")).text).toContain(FORBIDDEN);
  expect(fs.existsSync(path.join(ADMIN_CONTENT_DIR, "pages", "owned.mdx"))).toBe(false);

  const contributor = await (
    await browser.newContext({ storageState: storageStateOf("contributor") })
  ).newPage();
  await contributor.setViewportSize(PHONE);
  await contributor.goto("/admin");
  const links = contributor.getByRole("navigation", { name: "Admin" });
  await expect(links.getByRole("link", { name: "Posts" })).toBeVisible();
  await expect(links.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(links.getByRole("link", { name: "Pages" })).toHaveCount(0);
});

test("on a phone, the owner renames the site and adds a link; a reader on a phone sees both", async ({
  browser,
}) => {
  const owner = await (
    await browser.newContext({ storageState: storageStateOf("owner"), viewport: PHONE })
  ).newPage();
  await owner.goto("/admin");
  await owner
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(owner.getByRole("heading", { level: 1, name: "Site settings" })).toBeVisible();
  const title = `Mentor Notes on the go ${unique()}`;
  await owner.getByLabel("Site title").fill(title);
  const row = await addNavLink(owner, "Office hours", "https://calendar.example.com/mentors");
  await owner.getByLabel(`Link address ${row}`).scrollIntoViewIfNeeded();
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").getByText(SAVED)).toBeVisible();
  // Nothing on the form is wider than the phone.
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );

  await waitForText(await readerRequest(), "/", "https://calendar.example.com/mentors");
  const reader = await (await freshContext(browser)).newPage();
  await reader.setViewportSize(PHONE);
  await reader.goto("/");
  await expect(reader).toHaveTitle(title);
  const link = reader.getByRole("navigation", { name: "Main" }).getByRole("link", {
    name: "Office hours",
  });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "https://calendar.example.com/mentors");
  await owner.context().close();
});
