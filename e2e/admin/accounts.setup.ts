import { expect, test as setup } from "@playwright/test";
import { storageStateOf, USERS, type UserKey } from "./support";

/**
 * First run, as a new user sees it: /admin leads to setup, the owner account is created, then the
 * owner invites one account per role and each sets a password through its one-time link. Signed-in
 * states are saved for the admin tests.
 */
setup("first-run setup, then invitations for every role", async ({ page, browser }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/setup$/);
  const owner = USERS.owner;
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password", { exact: true }).fill(owner.password);
  await page.getByLabel("Confirm password").fill(owner.password);
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(owner.name);
  await page.context().storageState({ path: storageStateOf("owner") });

  // Setup is closed now: it sends a signed-in owner on to the admin.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("button", { name: "Create owner account" })).toHaveCount(0);

  for (const key of ["editor", "author", "author2", "contributor"] as const satisfies UserKey[]) {
    const user = USERS[key];
    await page.goto("/admin/accounts");
    const invite = page.getByRole("form", { name: "Invite a mentor" });
    await invite.getByLabel("Name").fill(user.name);
    await invite.getByLabel("Email").fill(user.email);
    await invite.getByLabel("Role").selectOption(user.role);
    await invite.getByRole("button", { name: "Invite" }).click();
    const link = await invite.getByLabel("One-time link").inputValue();
    expect(link).toContain("/invite/");

    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto(link);
    await guest.getByLabel("New password").fill(user.password);
    await guest.getByLabel("Confirm password").fill(user.password);
    await guest.getByRole("button", { name: "Set password" }).click();
    // Accepting the invitation signs the new mentor in.
    await expect(guest).toHaveURL(/\/admin\?welcome=1$/);
    await context.storageState({ path: storageStateOf(key) });
    await context.close();
  }
});
