import { afterEach, describe, expect, test } from "vitest";
import { hashPassword } from "@/lib/accounts/passwords";
import { clientAddress } from "@/lib/auth/client-address";
import { checkCurrentPassword } from "@/lib/auth/password-check";
import {
  clearFailures,
  failedPasswordCheckMessage,
  failedSignInMessage,
  forgetFailure,
  lockedFor,
  lockedMessage,
  MAX_PASSWORD_CHECKS,
  MAX_PER_ACCOUNT,
  MAX_PER_ACCOUNT_AND_ADDRESS,
  MAX_PER_ADDRESS,
  passwordCheckLockedMessage,
  recordFailure,
  WINDOW_MS,
  type SignInClient,
} from "@/lib/auth/rate-limit";

// Failures are kept per process, so every test uses its own emails, addresses and devices.
const T0 = 1_700_000_000_000;
const MINUTE = 60_000;
const at = (address: string): SignInClient => ({ address });

function fail(times: number, email: (i: number) => string, client: (i: number) => SignInClient) {
  for (let i = 0; i < times; i++) recordFailure(email(i), client(i), T0 + i * 1000);
}

describe("sign-in rate limits", () => {
  test("the limits are 5 per email and client, 20 per email, 50 per address, over 15 minutes", () => {
    expect([MAX_PER_ACCOUNT_AND_ADDRESS, MAX_PER_ACCOUNT, MAX_PER_ADDRESS]).toEqual([5, 20, 50]);
    expect(MAX_PASSWORD_CHECKS).toBe(5);
    expect(WINDOW_MS).toBe(15 * MINUTE);
  });

  test("5 failures for one email from one address lock that pair for at most 15 minutes", () => {
    fail(
      4,
      () => "pair@example.com",
      () => at("10.0.0.1"),
    );
    expect(lockedFor("pair@example.com", at("10.0.0.1"), T0 + 5000)).toBe(0);
    recordFailure("pair@example.com", at("10.0.0.1"), T0 + 4000);
    const wait = lockedFor("pair@example.com", at("10.0.0.1"), T0 + 5000);
    // The lock lasts until the oldest of the five failures ages out.
    expect(wait).toBe(WINDOW_MS - 5000);
  });

  test("the same email from another address is not locked by that pair", () => {
    fail(
      5,
      () => "other@example.com",
      () => at("10.0.0.2"),
    );
    expect(lockedFor("other@example.com", at("10.0.0.2"), T0 + 6000)).toBeGreaterThan(0);
    expect(lockedFor("other@example.com", at("10.0.0.3"), T0 + 6000)).toBe(0);
    expect(lockedFor("someone@example.com", at("10.0.0.2"), T0 + 6000)).toBe(0);
  });

  test("20 failures for one email across many addresses lock the email for unknown browsers", () => {
    fail(
      19,
      () => "target@example.com",
      (i) => at(`10.1.0.${i}`),
    );
    expect(lockedFor("target@example.com", at("10.1.1.1"), T0 + 20_000)).toBe(0);
    recordFailure("target@example.com", at("10.1.0.19"), T0 + 19_000);
    expect(lockedFor("target@example.com", at("10.1.1.1"), T0 + 20_000)).toBeGreaterThan(0);
    expect(lockedFor("bystander@example.com", at("10.1.0.3"), T0 + 20_000)).toBe(0);
  });

  test("50 failures from one address lock that address for every email", () => {
    fail(
      49,
      (i) => `user${i}@spray.example`,
      () => at("10.2.0.1"),
    );
    expect(lockedFor("fresh@spray.example", at("10.2.0.1"), T0 + 50_000)).toBe(0);
    recordFailure("user49@spray.example", at("10.2.0.1"), T0 + 49_000);
    expect(lockedFor("fresh@spray.example", at("10.2.0.1"), T0 + 50_000)).toBeGreaterThan(0);
    expect(lockedFor("fresh@spray.example", at("10.2.0.2"), T0 + 50_000)).toBe(0);
  });

  test("the lock ends once the window has passed", () => {
    fail(
      5,
      () => "later@example.com",
      () => at("10.3.0.1"),
    );
    expect(lockedFor("later@example.com", at("10.3.0.1"), T0 + 4000)).toBeGreaterThan(0);
    expect(lockedFor("later@example.com", at("10.3.0.1"), T0 + WINDOW_MS - 1)).toBe(1);
    expect(lockedFor("later@example.com", at("10.3.0.1"), T0 + WINDOW_MS)).toBe(0);
    expect(lockedFor("later@example.com", at("10.3.0.1"), T0 + 2 * WINDOW_MS)).toBe(0);
  });

  test("failures older than the window do not count towards a new lock", () => {
    fail(
      4,
      () => "slow@example.com",
      () => at("10.4.0.1"),
    );
    const later = T0 + WINDOW_MS + 10_000;
    recordFailure("slow@example.com", at("10.4.0.1"), later);
    expect(lockedFor("slow@example.com", at("10.4.0.1"), later)).toBe(0);
  });

  test("a successful sign-in clears the pair's failures and takes back its own attempt", () => {
    fail(
      4,
      () => "clear@example.com",
      (i) => at(`10.5.0.${i}`),
    );
    // The attempt is counted before the password check, then taken back when it was right.
    const attempt = recordFailure("clear@example.com", at("10.5.0.9"), T0 + 6000);
    forgetFailure("clear@example.com", at("10.5.0.9"), attempt);
    clearFailures("clear@example.com", at("10.5.0.9"));
    // 4 failures left on the account, not 5: a success is never a failure.
    fail(
      15,
      () => "clear@example.com",
      (i) => at(`10.5.1.${i}`),
    );
    expect(lockedFor("clear@example.com", at("10.5.2.1"), T0 + 20_000)).toBe(0);
    recordFailure("clear@example.com", at("10.5.0.8"), T0 + 7000);
    expect(lockedFor("clear@example.com", at("10.5.2.1"), T0 + 20_000)).toBeGreaterThan(0);
  });
});

describe("without a trusted proxy (no address known)", () => {
  const unknown: SignInClient = {};

  test("every unknown browser shares one address: 5 failures for an email lock it for all of them", () => {
    fail(
      5,
      () => "shared@example.com",
      () => unknown,
    );
    expect(lockedFor("shared@example.com", unknown, T0 + 6000)).toBe(WINDOW_MS - 6000);
    expect(lockedFor("else@example.com", unknown, T0 + 6000)).toBe(0);
  });

  test("the unknown address is never locked as an address: spraying locks no one else", () => {
    fail(
      MAX_PER_ADDRESS + 10,
      (i) => `spray${i}@unknown.example`,
      () => unknown,
    );
    expect(lockedFor("fresh@unknown.example", unknown, T0 + 61_000)).toBe(0);
  });
});

describe("known devices (a browser that signed in to the account before)", () => {
  const owner = "owner-device@example.com";
  const ownersBrowser: SignInClient = { device: "owner-browser-device-01" };

  test("25 failures for the owner's email from anywhere else do not lock the owner's browser", () => {
    fail(
      10,
      () => owner,
      (i) => at(`10.6.0.${i}`),
    );
    fail(
      15,
      () => owner,
      () => ({}),
    );
    // Strangers are locked out: by the account rule from known addresses, by the pair when unknown.
    expect(lockedFor(owner, at("10.6.9.9"), T0 + 30_000)).toBeGreaterThan(0);
    expect(lockedFor(owner, {}, T0 + 30_000)).toBeGreaterThan(0);
    expect(lockedFor(owner, { device: "a-device-of-another-browser" }, T0 + 30_000)).toBe(0);
    expect(lockedFor(owner, ownersBrowser, T0 + 30_000)).toBe(0);
    expect(lockedFor(owner, { ...ownersBrowser, address: "10.6.9.9" }, T0 + 30_000)).toBe(0);
  });

  test("a known device still gets only 5 guesses of its own", () => {
    const device: SignInClient = { device: "stolen-cookie-device-02" };
    fail(
      5,
      () => "guessed@example.com",
      () => device,
    );
    expect(lockedFor("guessed@example.com", device, T0 + 6000)).toBeGreaterThan(0);
    // Its failures count for it alone.
    expect(lockedFor("guessed@example.com", at("10.7.0.1"), T0 + 6000)).toBe(0);
  });

  test("the per-address limit still applies to a known device", () => {
    fail(
      MAX_PER_ADDRESS,
      (i) => `spray${i}@device.example`,
      () => at("10.8.0.1"),
    );
    expect(
      lockedFor("mine@device.example", { address: "10.8.0.1", device: "d" }, T0 + 60_000),
    ).toBeGreaterThan(0);
  });
});

describe("messages", () => {
  test.each([
    [1, "1 minute"],
    [MINUTE, "1 minute"],
    [MINUTE + 1, "2 minutes"],
    [14 * MINUTE + 30_000, "15 minutes"],
    [WINDOW_MS, "15 minutes"],
  ])("%i ms reads as %s", (ms, text) => {
    expect(lockedMessage(ms)).toBe(`Too many failed sign-in attempts. Try again in ${text}.`);
    expect(passwordCheckLockedMessage(ms)).toBe(
      `Too many failed password attempts. Try again in ${text}.`,
    );
  });

  test("a wrong attempt says so, and says when it was the one that locked", () => {
    expect(failedSignInMessage(0)).toBe("The email or password is incorrect.");
    expect(failedSignInMessage(WINDOW_MS - 4000)).toBe(
      "The email or password is incorrect. Too many failed sign-in attempts. Try again in 15 minutes.",
    );
    expect(failedPasswordCheckMessage(0)).toBe("Your current password is not correct.");
    expect(failedPasswordCheckMessage(WINDOW_MS)).toBe(
      "Your current password is not correct. Too many failed password attempts. Try again in 15 minutes.",
    );
  });
});

describe("checking the current password before a change", () => {
  test("the 5th wrong password locks; then even the right one is refused unchecked", async () => {
    const account = { id: "acct-password-1", passwordHash: await hashPassword("right-one-123") };
    const answers = [];
    for (let i = 1; i <= 6; i++) answers.push(await checkCurrentPassword(account, `wrong-${i}`));
    const LOCKED = "Too many failed password attempts. Try again in 15 minutes.";
    expect(answers.slice(0, 4)).toEqual(
      Array(4).fill({ message: "Your current password is not correct.", wrong: true }),
    );
    expect(answers[4]).toEqual({
      message: `Your current password is not correct. ${LOCKED}`,
      wrong: true,
    });
    expect(answers[5]).toEqual({ message: LOCKED, wrong: false });
    expect(await checkCurrentPassword(account, "right-one-123")).toEqual({
      message: LOCKED,
      wrong: false,
    });
  });

  test("a burst of parallel guesses gets no more than 5 checked", async () => {
    const account = { id: "acct-password-2", passwordHash: await hashPassword("right-one-456") };
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => checkCurrentPassword(account, `guess-${i}`)),
    );
    expect(answers.filter((a) => a?.wrong)).toHaveLength(5);
    expect(answers.filter((a) => a && !a.wrong)).toHaveLength(7);
  });

  test("the right password passes and clears the account's count", async () => {
    const account = { id: "acct-password-3", passwordHash: await hashPassword("right-one-789") };
    for (let i = 0; i < 4; i++) await checkCurrentPassword(account, `wrong-${i}`);
    expect(await checkCurrentPassword(account, "right-one-789")).toBeUndefined();
    for (let i = 0; i < 4; i++) await checkCurrentPassword(account, `again-${i}`);
    expect(await checkCurrentPassword(account, "right-one-789")).toBeUndefined();
  });
});

describe("client address", () => {
  const h = (init: Record<string, string>) => clientAddress(new Headers(init));
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES;
  });

  test("with no trusted proxy, no header is believed: the address is unknown", () => {
    expect(h({ "x-forwarded-for": "203.0.113.5", "x-real-ip": "198.51.100.7" })).toBeUndefined();
    expect(h({ "x-real-ip": "198.51.100.7" })).toBeUndefined();
    expect(h({})).toBeUndefined();
  });

  test("behind trusted proxies, the right-most address that is not one of them is the client", () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1, ::1 10.0.0.0/8";
    // What the shipped nginx sends: the one address it saw.
    expect(h({ "x-forwarded-for": "203.0.113.5" })).toBe("203.0.113.5");
    // A client's own X-Forwarded-For, appended to by a proxy: the left part is the client's lie.
    expect(h({ "x-forwarded-for": "1.2.3.4, 203.0.113.5" })).toBe("203.0.113.5");
    expect(h({ "x-forwarded-for": "1.2.3.4, 203.0.113.5, 10.1.2.3, 127.0.0.1" })).toBe(
      "203.0.113.5",
    );
    expect(h({ "x-forwarded-for": "2001:DB8::1, ::1" })).toBe("2001:db8::1");
    expect(h({ "x-forwarded-for": "::ffff:198.51.100.9" })).toBe("198.51.100.9");
    expect(h({ "x-forwarded-for": "198.51.100.9:51234" })).toBe("198.51.100.9");
    // X-Real-IP is never read; nor garbage a proxy passed on.
    expect(h({ "x-real-ip": "198.51.100.7" })).toBeUndefined();
    expect(h({ "x-forwarded-for": "1.2.3.4, not-an-address, 127.0.0.1" })).toBeUndefined();
    // A request that only passed through trusted proxies started at the first of them.
    expect(h({ "x-forwarded-for": "127.0.0.1" })).toBe("127.0.0.1");
  });

  test("a mistyped entry trusts nothing", () => {
    process.env.TRUSTED_PROXIES = "127.0.0.l, 10.0.0.0/99, ";
    expect(h({ "x-forwarded-for": "1.2.3.4, 127.0.0.1" })).toBeUndefined();
  });
});
