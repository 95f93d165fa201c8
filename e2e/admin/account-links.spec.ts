import { expect, test, type Browser, type Page } from "@playwright/test";
import { freshContext, inviteAccount, signedInContext, submitSignIn } from "./helpers";
import { storageStateOf, unique, USERS } from "./support";

const WRONG = "The email or password is incorrect.";
const GONE_HEADING = "This link no longer works";

/** Each check runs at a desktop size and at a phone's (390×844). */
const SIZES = [
  { label: "desktop", viewport: { width: 1280, height: 800 } },
  { label: "phone", viewport: { width: 390, height: 844 } },
];

const pendingRow = (page: Page, email: string) =>
  page
    .getByRole("list", { name: "Pending invitations" })
    .getByRole("listitem")
    .filter({ hasText: email });

/** As the owner: invites someone and returns the link shown once under the form. */
async function invite(page: Page, name: string, email: string): Promise<string> {
  await page.goto("/admin/accounts");
  const form = page.getByRole("form", { name: "Invite a mentor" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(form.getByRole("status")).toContainText(
    `Invitation created for ${email}. Send them this link yourself (by email or chat).`,
  );
  await expect(form.getByRole("status")).toContainText("shown only this once");
  await expect(form).toContainText(/It works until \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d\./);
  await expect(form.getByLabel("One-time link")).toHaveValue(/\/invite\/[\w-]{32}$/);
  return form.getByLabel("One-time link").inputValue();
}

async function linkWorks(browser: Browser, link: string): Promise<boolean> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(link);
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  await context.close();
  return heading !== GONE_HEADING;
}

for (const { label, viewport } of SIZES) {
  test.describe(`invitations and reset links (${label})`, () => {
    test.use({
      viewport,
      storageState: storageStateOf("owner"),
      permissions: ["clipboard-read", "clipboard-write"],
    });

    test("a pending invitation is listed, copied, re-issued and revoked", async ({
      page,
      browser,
    }) => {
      test.slow(true, "an invitation, a re-issue, a revoke and three link checks");
      const id = unique();
      const name = `Invitee ${id}`;
      const email = `invitee-${id}@example.com`;
      const first = await invite(page, name, email);

      // Copy puts the link on the clipboard.
      const form = page.getByRole("form", { name: "Invite a mentor" });
      await form.getByRole("button", { name: "Copy link" }).click();
      await expect(
        form.getByText("Link copied. Paste it into an email or chat to them."),
      ).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

      // The list says who, which role, who invited them, when, and until when the link works.
      await page.goto("/admin/accounts");
      const row = pendingRow(page, email);
      await expect(row).toContainText(name);
      await expect(row).toContainText("Contributor");
      await expect(row).toContainText(`by ${USERS.owner.name}`);
      // In the mentor's own time zone, so without "UTC".
      await expect(row).toContainText(
        new RegExp(
          `invited \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d by ${USERS.owner.name} · `,
        ),
      );
      await expect(row).toContainText(
        /link expires \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d(?! UTC)/,
      );
      // Not a member yet: no role, reset or deactivate controls for them.
      await expect(
        page
          .getByRole("list", { name: "Members" })
          .getByRole("listitem")
          .filter({ hasText: email }),
      ).toHaveCount(0);
      await expect(page.getByText("an invitation link is shown only once")).toBeVisible();

      // Re-issue: a new link, shown once with its Copy button; the old one stops working.
      await row.getByRole("button", { name: "Re-issue link" }).click();
      const section = page.getByRole("region", { name: "Pending invitations" });
      await expect(section.getByRole("status").first()).toContainText(
        "New invitation link created; the previous one no longer works.",
      );
      const second = await section.getByLabel("One-time link").inputValue();
      expect(second).toMatch(/\/invite\/[\w-]{32}$/);
      expect(second).not.toBe(first);
      await section.getByRole("button", { name: "Copy link" }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second);
      expect(await linkWorks(browser, first)).toBe(false);
      expect(await linkWorks(browser, second)).toBe(true);

      // Revoke: the row goes, the link stops working.
      await row.getByRole("button", { name: "Revoke" }).click();
      await expect(section.getByRole("status").first()).toHaveText(
        `Invitation for ${email} revoked. Its link no longer works.`,
      );
      await expect(pendingRow(page, email)).toHaveCount(0);
      expect(await linkWorks(browser, second)).toBe(false);
      const context = await freshContext(browser);
      const guest = await context.newPage();
      await guest.goto(second);
      await expect(guest.getByRole("heading", { level: 1 })).toHaveText(GONE_HEADING);
      await expect(guest.getByText("Ask your administrator for a new one")).toBeVisible();
      await context.close();
    });

    test("accepting an invitation signs the mentor in with a welcome", async ({
      page,
      browser,
    }) => {
      const id = unique();
      const name = `Newcomer ${id}`;
      const link = await invite(page, name, `newcomer-${id}@example.com`);
      const context = await freshContext(browser);
      const guest = await context.newPage();
      const response = await guest.goto(link);
      // The token must not leave in a Referer.
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(guest.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
      await guest.getByLabel("New password").fill(`newcomer-password-${id}`);
      await guest.getByLabel("Confirm password").fill(`newcomer-password-${id}`);
      await guest.getByRole("button", { name: "Set password" }).click();
      await expect(guest).toHaveURL(/\/admin\?welcome=1$/);
      await expect(guest.getByText(`Welcome to the team, ${name}!`)).toBeVisible();
      await expect(guest.getByTestId("signed-in-as")).toContainText(name);
      await context.close();
      // Used once: the same link now says so.
      expect(await linkWorks(browser, link)).toBe(false);
    });

    test("a reset link from an administrator: new password works, old fails, old session ends", async ({
      page,
      browser,
    }) => {
      test.slow(true, "an invitation, a reset and four password checks (argon2)");
      const member = await inviteAccount(page, browser, "author");
      const old = await signedInContext(browser, member);

      await page.goto("/admin/accounts");
      const row = page
        .getByRole("list", { name: "Members" })
        .getByRole("listitem")
        .filter({ hasText: member.email });
      await row.getByRole("button", { name: "Create reset link" }).click();
      await expect(row.getByRole("status")).toContainText(
        "Password reset link created. Their password stays the same until they use it.",
      );
      const link = await row.getByLabel("One-time link").inputValue();
      expect(link).toMatch(/\/reset\/[\w-]{32}$/);
      // Until it is used, the member's session goes on.
      await old.page.goto("/admin");
      await expect(old.page.getByTestId("signed-in-as")).toContainText(member.name);

      const context = await freshContext(browser);
      const guest = await context.newPage();
      const response = await guest.goto(link);
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(guest.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
      const fresh = `reset-password-${unique()}`;
      await guest.getByLabel("New password").fill(fresh);
      await guest.getByLabel("Confirm password").fill(fresh);
      await guest.getByRole("button", { name: "Set password" }).click();
      await expect(guest).toHaveURL(/\/admin\?passwordReset=1$/);
      await expect(
        guest.getByText("Your new password is set. You were signed out everywhere else."),
      ).toBeVisible();
      await context.close();

      await old.page.goto("/admin");
      await expect(old.page).toHaveURL(/\/signin$/);
      await submitSignIn(old.page, member.email, member.password);
      await expect(old.page.getByRole("status")).toHaveText(WRONG);
      await submitSignIn(old.page, member.email, fresh);
      await expect(old.page).toHaveURL(/\/admin$/);
      await old.context.close();
      expect(await linkWorks(browser, link)).toBe(false);
    });
  });

  test.describe(`signing in and permissions (${label})`, () => {
    test.use({ viewport });

    test("the sign-in form keeps the email after a failure, and explains a forgotten password", async ({
      browser,
    }) => {
      const context = await freshContext(browser);
      const page = await context.newPage();
      for (const email of [USERS.author.email, `nobody-${unique()}@example.com`]) {
        await submitSignIn(page, email, "not-the-password-1");
        // The same plain message for a known and an unknown email; the email stays, the password not.
        await expect(page.getByRole("status")).toHaveText(WRONG);
        await expect(page.getByLabel("Email")).toHaveValue(email);
        await expect(page.getByLabel("Password")).toHaveValue("");
      }
      await page.getByRole("link", { name: "Forgot password?" }).click();
      await expect(page).toHaveURL(/\/signin\/forgot$/);
      await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
      await expect(page.getByText("Ask your administrator for a reset link.")).toBeVisible();
      await page.getByRole("link", { name: "Back to sign in" }).click();
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      await context.close();
    });

    test("an author opening another author's post gets a permission page, not the 404", async ({
      browser,
    }) => {
      const context = await browser.newContext({ storageState: storageStateOf("author") });
      const page = await context.newPage();
      await page.goto("/admin/posts/a-mentors-reading-list");
      await expect(page.getByRole("heading", { name: "You can't edit this post" })).toBeVisible();
      await expect(
        page.getByText(
          "“A Mentor's Reading List for Growing Engineers” belongs to Ada Okafor. Only its author and editors can change it.",
        ),
      ).toBeVisible();
      await expect(page.getByText(/If you need to, ask .*Olive Owner/)).toBeVisible();
      await expect(page.getByLabel("Title", { exact: true })).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
      await page.getByRole("link", { name: "← Back to your posts" }).click();
      await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();

      // A post that does not exist says so, inside the admin.
      const missing = await page.goto(`/admin/posts/no-such-post-${unique()}`);
      expect(missing?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();

      // An admin page the role does not open: who can change roles.
      await page.goto("/admin/accounts");
      await expect(page).toHaveURL(/\/admin\?denied=1$/);
      // (By text: Next's route announcer is an alert too.)
      await expect(
        page.getByText(
          "Your role does not give access to that page. If you need it, ask Olive Owner",
        ),
      ).toBeVisible();
      await context.close();
    });
  });
}
