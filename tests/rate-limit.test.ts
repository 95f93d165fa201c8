import { describe, expect, test } from "vitest";
import {
  clearFailures,
  clientAddress,
  lockedFor,
  lockedMessage,
  MAX_PER_ACCOUNT,
  MAX_PER_ACCOUNT_AND_ADDRESS,
  MAX_PER_ADDRESS,
  recordFailure,
  WINDOW_MS,
} from "@/lib/auth/rate-limit";

// Failures are kept per process, so every test uses its own emails and addresses.
const T0 = 1_700_000_000_000;
const MINUTE = 60_000;

function fail(times: number, email: (i: number) => string, address: (i: number) => string) {
  for (let i = 0; i < times; i++) recordFailure(email(i), address(i), T0 + i * 1000);
}

describe("sign-in rate limits", () => {
  test("the limits are 5 per email and address, 20 per email, 50 per address, over 15 minutes", () => {
    expect([MAX_PER_ACCOUNT_AND_ADDRESS, MAX_PER_ACCOUNT, MAX_PER_ADDRESS]).toEqual([5, 20, 50]);
    expect(WINDOW_MS).toBe(15 * MINUTE);
  });

  test("5 failures for one email from one address lock that pair for at most 15 minutes", () => {
    fail(
      4,
      () => "pair@example.com",
      () => "10.0.0.1",
    );
    expect(lockedFor("pair@example.com", "10.0.0.1", T0 + 5000)).toBe(0);
    recordFailure("pair@example.com", "10.0.0.1", T0 + 4000);
    const wait = lockedFor("pair@example.com", "10.0.0.1", T0 + 5000);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(WINDOW_MS);
    // The lock lasts until the oldest of the five failures ages out.
    expect(wait).toBe(WINDOW_MS - 5000);
  });

  test("the same email from another address is not locked by that pair", () => {
    fail(
      5,
      () => "other@example.com",
      () => "10.0.0.2",
    );
    expect(lockedFor("other@example.com", "10.0.0.2", T0 + 6000)).toBeGreaterThan(0);
    expect(lockedFor("other@example.com", "10.0.0.3", T0 + 6000)).toBe(0);
    expect(lockedFor("someone@example.com", "10.0.0.2", T0 + 6000)).toBe(0);
  });

  test("20 failures for one email across many addresses lock the email everywhere", () => {
    fail(
      19,
      () => "target@example.com",
      (i) => `10.1.0.${i}`,
    );
    expect(lockedFor("target@example.com", "10.1.1.1", T0 + 20_000)).toBe(0);
    recordFailure("target@example.com", "10.1.0.19", T0 + 19_000);
    expect(lockedFor("target@example.com", "10.1.1.1", T0 + 20_000)).toBeGreaterThan(0);
    expect(lockedFor("bystander@example.com", "10.1.0.3", T0 + 20_000)).toBe(0);
  });

  test("50 failures from one address lock that address for every email", () => {
    fail(
      49,
      (i) => `user${i}@spray.example`,
      () => "10.2.0.1",
    );
    expect(lockedFor("fresh@spray.example", "10.2.0.1", T0 + 50_000)).toBe(0);
    recordFailure("user49@spray.example", "10.2.0.1", T0 + 49_000);
    expect(lockedFor("fresh@spray.example", "10.2.0.1", T0 + 50_000)).toBeGreaterThan(0);
    expect(lockedFor("fresh@spray.example", "10.2.0.2", T0 + 50_000)).toBe(0);
  });

  test("the lock ends once the window has passed", () => {
    fail(
      5,
      () => "later@example.com",
      () => "10.3.0.1",
    );
    const start = T0 + 4000;
    expect(lockedFor("later@example.com", "10.3.0.1", start)).toBeGreaterThan(0);
    expect(lockedFor("later@example.com", "10.3.0.1", T0 + WINDOW_MS - 1)).toBe(1);
    expect(lockedFor("later@example.com", "10.3.0.1", T0 + WINDOW_MS)).toBe(0);
    expect(lockedFor("later@example.com", "10.3.0.1", T0 + 2 * WINDOW_MS)).toBe(0);
  });

  test("failures older than the window do not count towards a new lock", () => {
    fail(
      4,
      () => "slow@example.com",
      () => "10.4.0.1",
    );
    const later = T0 + WINDOW_MS + 10_000;
    recordFailure("slow@example.com", "10.4.0.1", later);
    expect(lockedFor("slow@example.com", "10.4.0.1", later)).toBe(0);
  });

  test("a successful sign-in clears the pair's failures", () => {
    fail(
      5,
      () => "clear@example.com",
      () => "10.5.0.1",
    );
    expect(lockedFor("clear@example.com", "10.5.0.1", T0 + 6000)).toBeGreaterThan(0);
    clearFailures("clear@example.com", "10.5.0.1");
    expect(lockedFor("clear@example.com", "10.5.0.1", T0 + 6000)).toBe(0);
    recordFailure("clear@example.com", "10.5.0.1", T0 + 7000);
    expect(lockedFor("clear@example.com", "10.5.0.1", T0 + 8000)).toBe(0);
  });
});

describe("lock messages", () => {
  test.each([
    [1, "1 minute"],
    [MINUTE, "1 minute"],
    [MINUTE + 1, "2 minutes"],
    [14 * MINUTE + 30_000, "15 minutes"],
    [WINDOW_MS, "15 minutes"],
  ])("%i ms reads as %s", (ms, text) => {
    expect(lockedMessage(ms)).toBe(`Too many failed sign-in attempts. Try again in ${text}.`);
  });
});

describe("client address", () => {
  test("the first X-Forwarded-For hop wins, then X-Real-IP, else unknown", () => {
    const h = (init: Record<string, string>) => clientAddress(new Headers(init));
    expect(h({ "x-forwarded-for": " 203.0.113.5 , 10.0.0.1", "x-real-ip": "1.1.1.1" })).toBe(
      "203.0.113.5",
    );
    expect(h({ "x-real-ip": "198.51.100.7" })).toBe("198.51.100.7");
    expect(h({})).toBe("unknown");
  });
});
