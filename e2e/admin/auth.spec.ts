import { expect, test } from "@playwright/test";
import {
  freshContext,
  inviteAccount,
  signedInContext,
  submitSignIn,
  type TempAccount,
} from "./helpers";
import { signIn, storageStateOf, unique, USERS } from "./support";

const WRONG = "The email or password is incorrect.";
const LOCKED = /Too many failed sign-in attempts\. Try again in \d+ minutes?\./;

test.describe("signing in and out (no saved session)", () => {
  test("/admin without a session sends the visitor to sign in", async ({ browser }) => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.goto("/admin/posts/new");
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    await context.close();
  });

  test("a mentor signs in, signs out, and /admin then asks to sign in again", async ({
    browser,
  }) => {
    // A session of its own: signing out revokes only the session it ends.
    const context = await freshContext(browser);
    const page = await context.newPage();
    await signIn(page, "author2");
    await expect(page.getByTestId("signed-in-as")).toContainText(USERS.author2.name);
    await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin\?signedOut=1$/);
    await expect(page.getByText("You are signed out.")).toBeVisible();

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    await context.close();
  });
});

test.describe("sign-in failures and account changes", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("a wrong password and an unknown email get the same message", async ({ page, browser }) => {
    const account = await inviteAccount(page, browser);
    const context = await freshContext(browser);
    const guest = await context.newPage();

    await submitSignIn(guest, account.email, "not-the-password-1");
    await expect(guest.getByText(WRONG)).toBeVisible();
    await expect(guest).toHaveURL(/\/signin$/);
    const wrongPassword = await guest.getByRole("status").allInnerTexts();

    await guest.goto("/signin");
    await submitSignIn(guest, `nobody-${unique()}@example.com`, "whatever-password-1");
    await expect(guest.getByText(WRONG)).toBeVisible();
    await expect(guest).toHaveURL(/\/signin$/);
    const unknownEmail = await guest.getByRole("status").allInnerTexts();
    // Nothing on the page tells the two apart.
    expect(unknownEmail).toEqual(wrongPassword);

    // The account itself still works with its password.
    await guest.goto("/signin");
    await submitSignIn(guest, account.email, account.password);
    await expect(guest).toHaveURL(/\/admin$/);
    await context.close();
  });

  test("after 5 failures the next attempt is refused for a while, even with the right password", async ({
    page,
    browser,
  }) => {
    // A throwaway account: locking it out harms no other test.
    const account = await inviteAccount(page, browser);
    const context = await freshContext(browser);
    const guest = await context.newPage();
    await guest.goto("/signin");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitSignIn(guest, account.email, `wrong-password-${attempt}`);
      if (attempt < 5) await expect(guest.getByText(WRONG)).toBeVisible();
      await expect(guest).toHaveURL(/\/signin$/);
    }

    await submitSignIn(guest, account.email, "yet-another-wrong-one");
    await expect(guest.getByText(LOCKED)).toBeVisible();

    await submitSignIn(guest, account.email, account.password);
    await expect(guest.getByText(LOCKED)).toBeVisible();
    await expect(guest).toHaveURL(/\/signin$/);
    await guest.goto("/admin");
    await expect(guest).toHaveURL(/\/signin$/);
    await context.close();
  });

  test("deactivating an account signs it out on its next request", async ({ page, browser }) => {
    const account = await inviteAccount(page, browser);
    const other = await signedInContext(browser, account);
    await expect(other.page.getByTestId("signed-in-as")).toContainText(account.name);

    await page.goto("/admin/accounts");
    const row = page.getByRole("listitem").filter({ hasText: account.email });
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByText("Account deactivated and signed out.")).toBeVisible();
    await expect(row).toContainText("deactivated");

    await other.page.goto("/admin");
    await expect(other.page).toHaveURL(/\/signin$/);
    await expect(other.page.getByTestId("signed-in-as")).toHaveCount(0);

    // And it cannot sign back in.
    await submitSignIn(other.page, account.email, account.password);
    await expect(other.page.getByText(WRONG)).toBeVisible();
    await expect(other.page).toHaveURL(/\/signin$/);
    await other.context.close();
  });

  test("changing a password ends the account's other sessions but keeps the current one", async ({
    page,
    browser,
  }) => {
    const account: TempAccount = await inviteAccount(page, browser);
    const current = await signedInContext(browser, account);
    const elsewhere = await signedInContext(browser, account);

    const newPassword = `changed-password-${unique()}`;
    await current.page.goto("/admin/profile");
    const form = current.page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(account.password);
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("Confirm new password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(
      form.getByText("Password changed. You were signed out everywhere else."),
    ).toBeVisible();

    await elsewhere.page.goto("/admin");
    await expect(elsewhere.page).toHaveURL(/\/signin$/);

    await current.page.goto("/admin");
    await expect(current.page).toHaveURL(/\/admin$/);
    await expect(current.page.getByTestId("signed-in-as")).toContainText(account.name);

    // The old password no longer works; the new one does.
    await submitSignIn(elsewhere.page, account.email, account.password);
    await expect(elsewhere.page.getByText(WRONG)).toBeVisible();
    await submitSignIn(elsewhere.page, account.email, newPassword);
    await expect(elsewhere.page).toHaveURL(/\/admin$/);
    await current.context.close();
    await elsewhere.context.close();
  });
});
