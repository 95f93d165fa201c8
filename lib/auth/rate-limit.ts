import { processGlobal } from "@/lib/data/process-global";

/**
 * Slows down password guessing: 5 failures for one account from one address within 15 minutes
 * lock that pair until the oldest failure ages out; 50 from one address lock the address; and 20
 * for one account from anywhere lock the account (addresses can be spoofed without a proxy).
 * Kept in memory: a restart forgets failures, never accounts.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_PER_ADDRESS = 50;
export const MAX_PER_ACCOUNT = 20;

const failures = processGlobal("sign-in-failures", () => new Map<string, number[]>());

function recent(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (list.length) failures.set(key, list);
  else failures.delete(key);
  return list;
}

const keys = (email: string, address: string) =>
  [`pair:${email}|${address}`, `addr:${address}`, `acct:${email}`] as const;

/** Milliseconds until this email may be tried again from this address; 0 when it may now. */
export function lockedFor(email: string, address: string, now = Date.now()): number {
  const [pair, addr, acct] = keys(email, address);
  const waits = [
    [recent(pair, now), MAX_PER_ACCOUNT_AND_ADDRESS],
    [recent(addr, now), MAX_PER_ADDRESS],
    [recent(acct, now), MAX_PER_ACCOUNT],
  ] as const;
  let wait = 0;
  for (const [list, max] of waits) {
    if (list.length >= max) wait = Math.max(wait, WINDOW_MS - (now - list[list.length - max]!));
  }
  return wait;
}

export function recordFailure(email: string, address: string, now = Date.now()): void {
  for (const key of keys(email, address)) failures.set(key, [...recent(key, now), now]);
}

export function clearFailures(email: string, address: string): void {
  failures.delete(keys(email, address)[0]);
}

/** "Too many attempts. Try again in 12 minutes." */
export function lockedMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The client address as the server saw it (behind a proxy, the first X-Forwarded-For hop). */
export function clientAddress(headers: Headers): string {
  return (
    headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown"
  );
}
