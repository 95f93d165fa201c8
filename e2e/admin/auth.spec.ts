import { expect, request, test, type Page } from "@playwright/test";
import {
  freshContext,
  inviteAccount,
  readerRequest,
  signedInContext,
  submitSignIn,
  type TempAccount,
} from "./helpers";
import { credentialsAttempt, signOutThroughEndpoint } from "./sign-in-http";
import { signIn, storageStateOf, unique, USERS } from "./support";

const WRONG = "The email or password is incorrect.";
// Five failures lock for 15 minutes from the first of them: the lock always reads 15 minutes here.
const LOCKED = "Too many failed sign-in attempts. Try again in 15 minutes.";
/** The 5th failure: its password was checked and wrong, and it started the lock. */
const WRONG_AND_LOCKED = `${WRONG} ${LOCKED}`;

/** The sign-in form's announced result, exactly. */
const signInStatus = (page: Page) => page.getByRole("status");

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
    // Attempts 1-4 are wrong; the 5th is wrong too and says it started the lock; from the 6th
    // nothing is checked, and the lock is all it says (the right password included).
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitSignIn(guest, account.email, `wrong-password-${attempt}`);
      await expect(signInStatus(guest)).toHaveText(attempt < 5 ? WRONG : WRONG_AND_LOCKED);
      await expect(guest).toHaveURL(/\/signin$/);
    }

    await submitSignIn(guest, account.email, "yet-another-wrong-one");
    await expect(signInStatus(guest)).toHaveText(LOCKED);

    await submitSignIn(guest, account.email, account.password);
    await expect(signInStatus(guest)).toHaveText(LOCKED);
    await expect(guest).toHaveURL(/\/signin$/);
    await guest.goto("/admin");
    await expect(guest).toHaveURL(/\/signin$/);
    await context.close();
  });

  test("a stranger's 25 failures from other addresses do not lock the mentor's own browser out", async ({
    page,
    browser,
  }) => {
    // The "owner" is a throwaway account, so no other test is locked out by this one.
    const owner = await inviteAccount(page, browser);
    // The owner's browser signed in before (and so holds the account's known-device cookie).
    const own = await signedInContext(browser, owner);
    await own.page.getByRole("button", { name: "Sign out" }).click();
    await expect(own.page).toHaveURL(/\/signin\?signedOut=1$/);

    // The attacker scripts next-auth's endpoint, each try "from" another address.
    const attacker = await readerRequest();
    const outcomes = [];
    for (let i = 1; i <= 25; i++) {
      const spoofed = `198.51.100.${i}`;
      outcomes.push(
        await credentialsAttempt(attacker, owner.email, `guess-${i}`, {
          "X-Forwarded-For": spoofed,
          "X-Real-IP": spoofed,
        }),
      );
    }
    // Five guesses, then the attacker is locked out (the spoofed addresses count for nothing).
    expect(outcomes).toEqual([...Array(5).fill("wrong"), ...Array(20).fill("locked")]);
    await attacker.dispose();

    // A browser that never signed in to the account is locked out too...
    const stranger = await freshContext(browser);
    const strangerPage = await stranger.newPage();
    await submitSignIn(strangerPage, owner.email, owner.password);
    await expect(signInStatus(strangerPage)).toHaveText(LOCKED);
    await stranger.close();

    // ...but the owner's own browser signs in.
    await submitSignIn(own.page, owner.email, owner.password);
    await expect(own.page).toHaveURL(/\/admin$/);
    await expect(own.page.getByTestId("signed-in-as")).toContainText(owner.name);
    await own.context.close();
  });

  test("next-auth's own sign-out endpoint ends the session, not only the cookie", async ({
    page,
    browser,
  }) => {
    const account = await inviteAccount(page, browser);
    const { context } = await signedInContext(browser, account);
    const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie?.value).toBeTruthy();
    // Someone keeps a copy of the cookie (a shared computer, a proxy log).
    const admin = async () => {
      const client = await request.newContext({
        storageState: { cookies: [cookie!], origins: [] },
      });
      const res = await client.get("/admin", { maxRedirects: 0 });
      const outcome = { status: res.status(), location: res.headers()["location"] ?? "" };
      await client.dispose();
      return outcome;
    };
    expect((await admin()).status).toBe(200);

    await signOutThroughEndpoint(context.request);
    const after = await admin();
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.location).toMatch(/\/signin$/);
    await context.close();
  });

  test("changing the password allows 5 wrong current passwords in 15 minutes", async ({
    page,
    browser,
  }) => {
    const account = await inviteAccount(page, browser);
    const own = await signedInContext(browser, account);
    await own.page.goto("/admin/profile");
    const form = own.page.getByRole("form", { name: "Change password" });
    const PASSWORD_LOCKED = "Too many failed password attempts. Try again in 15 minutes.";
    const NOT_CORRECT = "Your current password is not correct.";
    const attempt = async (current: string) => {
      const next = `brand-new-password-${unique()}`;
      await form.getByLabel("Current password").fill(current);
      await form.getByLabel("New password", { exact: true }).fill(next);
      await form.getByLabel("Confirm new password").fill(next);
      const answered = own.page.waitForResponse(
        (r) => r.request().method() === "POST" && /\/admin\/profile/.test(r.url()),
      );
      await form.getByRole("button", { name: "Change password" }).click();
      await answered;
      // React clears the form once the answer is shown: typing before that would be wiped.
      await expect(form.getByLabel("Current password")).toHaveValue("");
    };
    for (let i = 1; i <= 5; i++) {
      await attempt(`wrong-current-${i}`);
      await expect(form.getByRole("status")).toHaveText(
        i < 5 ? NOT_CORRECT : `${NOT_CORRECT} ${PASSWORD_LOCKED}`,
      );
    }
    await attempt("wrong-current-6");
    await expect(form.getByRole("status")).toHaveText(PASSWORD_LOCKED);
    // The right one is not even checked while locked, and nothing changed.
    await attempt(account.password);
    await expect(form.getByRole("status")).toHaveText(PASSWORD_LOCKED);
    await own.context.close();
    const check = await signedInContext(browser, account);
    await check.context.close();
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
    test.slow(
      true,
      "an invitation, four sign-ins and a password change, each password check an argon2 hash, " +
        "over ten page loads",
    );
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
