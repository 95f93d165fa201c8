import { expect, request, test } from "@playwright/test";
import { ADMIN_BASE_URL, NGINX_AVAILABLE, PROXY_BASE_URL } from "../support/env";
import { inviteAccount, submitSignIn } from "./helpers";
import { credentialsAttempt } from "./sign-in-http";
import { storageStateOf } from "./support";

/**
 * Client addresses, as an attacker writes them. The sign-in limits count failures per client; a
 * client that may name its own address (X-Forwarded-For, X-Real-IP) gets a fresh count with every
 * name. The app believes those headers only from TRUSTED_PROXIES (unset here), and the shipped
 * nginx overwrites them with the address it saw.
 */
const NOBODY = { cookies: [], origins: [] };
const LOCKED = "Too many failed sign-in attempts. Try again in 15 minutes.";

test.use({ storageState: storageStateOf("owner") });

const targets = [
  { name: "directly", baseURL: ADMIN_BASE_URL, available: true },
  { name: "through the shipped nginx", baseURL: PROXY_BASE_URL, available: NGINX_AVAILABLE },
];

for (const target of targets) {
  test(`${target.name}: a made-up X-Forwarded-For or X-Real-IP buys no extra guesses`, async ({
    page,
    browser,
  }) => {
    test.skip(!target.available, "nginx is not installed (apt-get install nginx)");
    const account = await inviteAccount(page, browser);
    const attacker = await request.newContext({ baseURL: target.baseURL, storageState: NOBODY });
    const spoof = (i: number) => ({
      "X-Forwarded-For": `203.0.113.${i}, 10.0.0.${i}`,
      "X-Real-IP": `203.0.113.${i}`,
    });
    const outcomes = [];
    for (let i = 1; i <= 7; i++)
      outcomes.push(await credentialsAttempt(attacker, account.email, `guess-${i}`, spoof(i)));
    expect(outcomes).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "locked", "locked"]);
    await attacker.dispose();

    // The sign-in form is locked just the same for a browser naming yet another address.
    const context = await browser.newContext({
      baseURL: target.baseURL,
      storageState: NOBODY,
      extraHTTPHeaders: spoof(99),
    });
    const guest = await context.newPage();
    await submitSignIn(guest, account.email, account.password);
    await expect(guest.getByRole("status")).toHaveText(LOCKED);
    await expect(guest).toHaveURL(/\/signin$/);
    await context.close();
  });
}
