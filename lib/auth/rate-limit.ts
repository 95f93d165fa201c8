import { processGlobal } from "@/lib/data/process-global";
import { pluralise } from "@/lib/format";

/**
 * Slows down password guessing without handing strangers a way to lock a mentor out.
 *
 * A sign-in attempt comes from a client: a known device (a browser that signed in to this account
 * before and carries its signed cookie, known-device.ts), or else an address (clientAddress: the
 * real one behind TRUSTED_PROXIES, or "unknown" without them). Over 15 minutes:
 * - 5 failures for one email from one client lock that pair (a known device is its own client);
 * - 50 failures from one known address lock that address for every email (never "unknown": that
 *   would be one lock for the whole world);
 * - 20 failures for one email from clients that are not known devices lock the email for them,
 *   however many addresses the attacker has. The mentor's own known browser is not locked by it.
 * Without trusted proxies every unknown browser shares the "unknown" address, so an email gets 5
 * guesses per 15 minutes from all of them together; known devices keep their own 5.
 * Kept in memory: a restart forgets failures, never accounts.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_PER_ADDRESS = 50;
export const MAX_PER_ACCOUNT = 20;
/** Wrong current passwords when changing one's password, per account. */
export const MAX_PASSWORD_CHECKS = 5;

/** Where a sign-in attempt comes from; both parts may be missing. */
export type SignInClient = { address?: string; device?: string };

export const WRONG_CREDENTIALS = "The email or password is incorrect.";
export const WRONG_CURRENT_PASSWORD = "Your current password is not correct.";

const failures = processGlobal("sign-in-failures", () => new Map<string, number[]>());
/** Beyond this many keys, expired ones are swept out, at most once a minute (sprayed emails). */
const SWEEP_ABOVE = 20_000;
let lastSweep = 0;

function recent(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (list.length) failures.set(key, list);
  else failures.delete(key);
  return list;
}

type Rule = { key: string; max: number };

function waitFor(rules: Rule[], now: number): number {
  let wait = 0;
  for (const { key, max } of rules) {
    const list = recent(key, now);
    if (list.length >= max) wait = Math.max(wait, WINDOW_MS - (now - list[list.length - max]!));
  }
  return wait;
}

function record(rules: Rule[], now: number): number {
  if (failures.size > SWEEP_ABOVE && Math.abs(now - lastSweep) > 60_000) {
    lastSweep = now;
    for (const key of [...failures.keys()]) recent(key, now);
  }
  for (const { key } of rules) failures.set(key, [...recent(key, now), now]);
  return now;
}

function forget(rules: Rule[], at: number): void {
  for (const { key } of rules) {
    const list = failures.get(key) ?? [];
    const index = list.lastIndexOf(at);
    if (index >= 0) list.splice(index, 1);
    if (!list.length) failures.delete(key);
  }
}

function signInRules(email: string, client: SignInClient): Rule[] {
  const from = client.device ? `device:${client.device}` : `addr:${client.address ?? "unknown"}`;
  const rules: Rule[] = [{ key: `pair:${email}|${from}`, max: MAX_PER_ACCOUNT_AND_ADDRESS }];
  if (client.address) rules.push({ key: `addr:${client.address}`, max: MAX_PER_ADDRESS });
  if (!client.device) rules.push({ key: `acct:${email}`, max: MAX_PER_ACCOUNT });
  return rules;
}

/** Milliseconds until this email may be tried again from this client; 0 when it may now. */
export function lockedFor(email: string, client: SignInClient, now = Date.now()): number {
  return waitFor(signInRules(email, client), now);
}

/**
 * Counts a failure; returns its time. Callers count an attempt *before* the slow password check
 * and take it back with `forgetFailure` if the password was right: checked after the lock test in
 * the same tick, a burst of parallel guesses cannot all pass a lock that none has recorded yet.
 */
export function recordFailure(email: string, client: SignInClient, now = Date.now()): number {
  return record(signInRules(email, client), now);
}

export function forgetFailure(email: string, client: SignInClient, at: number): void {
  forget(signInRules(email, client), at);
}

/** After a successful sign-in: that client's own failures are forgotten, not the account's. */
export function clearFailures(email: string, client: SignInClient): void {
  failures.delete(signInRules(email, client)[0]!.key);
}

const minutesText = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return pluralise(minutes, "minute");
};

/** "Too many failed sign-in attempts. Try again in 12 minutes." */
export function lockedMessage(ms: number): string {
  return `Too many failed sign-in attempts. Try again in ${minutesText(ms)}.`;
}

/**
 * What a checked, wrong attempt says: the plain refusal, and, when that very failure started a
 * lock (the 5th), the lock too, so the next attempt's refusal is no surprise. Attempts made while
 * locked are not checked at all and say only `lockedMessage`.
 */
export function failedSignInMessage(wait: number): string {
  return wait > 0 ? `${WRONG_CREDENTIALS} ${lockedMessage(wait)}` : WRONG_CREDENTIALS;
}

// Changing one's password: the current password is guessed by whoever holds a session.

const passwordRules = (accountId: string): Rule[] => [
  { key: `password:${accountId}`, max: MAX_PASSWORD_CHECKS },
];

export function passwordCheckLockedFor(accountId: string, now = Date.now()): number {
  return waitFor(passwordRules(accountId), now);
}

/** Counted before the check, as `recordFailure`. */
export function recordPasswordCheckFailure(accountId: string, now = Date.now()): number {
  return record(passwordRules(accountId), now);
}

export function clearPasswordCheckFailures(accountId: string): void {
  failures.delete(passwordRules(accountId)[0]!.key);
}

/** "Too many failed password attempts. Try again in 12 minutes." */
export function passwordCheckLockedMessage(ms: number): string {
  return `Too many failed password attempts. Try again in ${minutesText(ms)}.`;
}

export function failedPasswordCheckMessage(wait: number): string {
  return wait > 0
    ? `${WRONG_CURRENT_PASSWORD} ${passwordCheckLockedMessage(wait)}`
    : WRONG_CURRENT_PASSWORD;
}

// One-time links (invitations, password resets): 192-bit tokens cannot be guessed, but a client
// trying many is refused for a while anyway. Only known addresses are counted: "unknown" (no
// TRUSTED_PROXIES) is every visitor at once, and one stranger must not lock out every invitee.

export const MAX_BAD_LINKS_PER_ADDRESS = 20;

const linkRules = (address: string | undefined): Rule[] =>
  address ? [{ key: `link:${address}`, max: MAX_BAD_LINKS_PER_ADDRESS }] : [];

export function linkLockedFor(address: string | undefined, now = Date.now()): number {
  return waitFor(linkRules(address), now);
}

export function recordBadLink(address: string | undefined, now = Date.now()): void {
  record(linkRules(address), now);
}
