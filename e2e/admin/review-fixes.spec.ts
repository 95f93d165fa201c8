import { expect, test } from "@playwright/test";
import { freshContext, inviteAccount, readerRequest } from "./helpers";
import { storageStateOf } from "./support";

/**
 * Findings of the outside review (December 2026) that need the admin server: an account's public
 * footprint, the sign-in `next` parameter, and status messages taken from the address.
 */

const slugOfName = (name: string) => name.toLowerCase().replace(/\s+/g, "-");

test.describe("as the owner", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("a new account without published posts has no public author page", async ({
    page,
    browser,
  }) => {
    const account = await inviteAccount(page, browser, "author");
    const id = slugOfName(account.name);
    const reader = await readerRequest();
    expect((await reader.get(`/authors/${id}`)).status()).toBe(404);
    expect((await reader.get(`/authors/${id}/page/2`)).status()).toBe(404);
    expect(await (await reader.get("/authors")).text()).not.toContain(account.name);
    expect(await (await reader.get("/sitemap.xml")).text()).not.toContain(`/authors/${id}`);
    await reader.dispose();
  });

  test("signing in with a hostile next lands on the admin of this site", async ({
    page,
    browser,
    baseURL,
  }) => {
    const account = await inviteAccount(page, browser, "author");
    const context = await freshContext(browser);
    const visitor = await context.newPage();
    await visitor.goto("/signin?next=/admin/..//evil.example");
    await visitor.getByLabel("Email").fill(account.email);
    await visitor.getByLabel("Password").fill(account.password);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(visitor).toHaveURL(`${new URL(baseURL!).origin}/admin`);
    await context.close();
  });

  test("the Tags page shows no status text taken from its address", async ({ page }) => {
    const planted = "Session expired, sign in again at https://evil.example";
    await page.goto(`/admin/tags?notice=${encodeURIComponent(planted)}`);
    await expect(page.getByRole("heading", { name: "Tags", level: 1 })).toBeVisible();
    await expect(page.getByText(planted)).toHaveCount(0);
    await expect(page.getByText("evil.example")).toHaveCount(0);

    // A known notice with a made-up tag shows the plain message, not the text it was given.
    await page.goto(`/admin/tags?notice=renamed&posts=2&tag=${encodeURIComponent(planted)}`);
    await expect(page.getByText("Tag renamed. The old address redirects.")).toBeVisible();
    await expect(page.getByText("evil.example")).toHaveCount(0);
  });
});
