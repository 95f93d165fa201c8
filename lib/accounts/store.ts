import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import fs from "node:fs/promises";
import { z } from "zod";
import { createWriteQueue, writeFileAtomic } from "@/lib/data/atomic-write";
import { accountsFile } from "@/lib/data/paths";
import { ROLES } from "./roles";
import type { Account } from "./types";

const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  authorId: z.string(),
  passwordHash: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  sessions: z.array(z.object({ id: z.string(), createdAt: z.string() })),
  firstSignInAt: z.string().optional(),
  setPassword: z
    .object({
      tokenHash: z.string(),
      expiresAt: z.string(),
      // Links made before invitations were listed carry neither: read as invitations of unknown date.
      kind: z.enum(["invite", "reset"]).optional(),
      createdAt: z.string().optional(),
      createdBy: z.string().optional(),
    })
    .optional(),
});
const fileSchema = z.object({ version: z.literal(1), accounts: z.array(accountSchema) });

/** Sessions older than this are dropped; next-auth's cookie lasts as long. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const MAX_SESSIONS_PER_ACCOUNT = 20;

/**
 * Accounts live in one JSON file in the data folder, read afresh on every call (it is small), so a
 * role change or deactivation applies on the very next request. Writes are queued and atomic.
 */
export async function readAccounts(): Promise<Account[]> {
  let raw: string;
  try {
    raw = await fs.readFile(accountsFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return fileSchema.parse(JSON.parse(raw)).accounts;
}

const enqueue = createWriteQueue("accounts");

/**
 * Reads, changes and writes the accounts as one step. `change` returns the new list (or throws to
 * change nothing) and a value handed back to the caller.
 */
export function updateAccounts<T>(
  change: (accounts: Account[]) => { accounts: Account[]; result: T },
): Promise<T> {
  return enqueue(async () => {
    const before = await readAccounts();
    const { accounts, result } = change(structuredClone(before));
    assertAuthorIdsKept(before, accounts);
    await writeFileAtomic(
      accountsFile(),
      JSON.stringify({ version: 1, accounts }, null, 2) + "\n",
      0o600,
    );
    return result;
  });
}

/**
 * An account's author id is the key its posts are owned by: set once when the account is created
 * and never changed, and never shared by a new account. Enforced here, under every write.
 */
function assertAuthorIdsKept(before: Account[], after: Account[]): void {
  const kept = new Map(before.map((a) => [a.id, a.authorId]));
  const used = new Set(before.map((a) => a.authorId));
  for (const account of after) {
    const was = kept.get(account.id);
    if (was !== undefined && was !== account.authorId)
      throw new Error("An account's author id cannot change.");
    if (was === undefined && used.has(account.authorId))
      throw new Error("A new account cannot take an author id already in use.");
    used.add(account.authorId);
  }
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findAccountByEmail(email: string): Promise<Account | undefined> {
  const wanted = normaliseEmail(email);
  return (await readAccounts()).find((account) => account.email === wanted);
}

export async function findAccount(id: string): Promise<Account | undefined> {
  return (await readAccounts()).find((account) => account.id === id);
}

export const newAccountId = () => randomUUID();

/** Records a new sign-in and returns its id; expired and surplus sessions are pruned. */
export function startSession(accountId: string): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  const now = Date.now();
  return updateAccounts((accounts) => {
    const account = accounts.find((a) => a.id === accountId);
    if (!account) throw new Error("No such account");
    // Tells an invitation never used apart from a mentor who signs in without a password (OAuth).
    account.firstSignInAt ??= new Date(now).toISOString();
    account.sessions = [
      ...account.sessions.filter(
        (s) => now - Date.parse(s.createdAt) < SESSION_MAX_AGE_SECONDS * 1000,
      ),
      { id, createdAt: new Date(now).toISOString() },
    ].slice(-MAX_SESSIONS_PER_ACCOUNT);
    return { accounts, result: id };
  });
}

export function endSession(accountId: string, sessionId: string): Promise<void> {
  return updateAccounts((accounts) => {
    const account = accounts.find((a) => a.id === accountId);
    if (account) account.sessions = account.sessions.filter((s) => s.id !== sessionId);
    return { accounts, result: undefined };
  });
}

/** How long a one-time link works: an invitation a week, a password reset a day. */
export const LINK_LIFETIME_MS = { invite: 7 * 864e5, reset: 864e5 } as const;
export type LinkKind = keyof typeof LINK_LIFETIME_MS;

/**
 * A one-time set-password link token: the raw token goes to the user (shown once), its hash to the
 * store, so a copy of the accounts file or a backup opens no account.
 */
export function newSetPasswordToken(
  kind: LinkKind,
  createdBy?: string,
  now = Date.now(),
): { token: string; record: NonNullable<Account["setPassword"]> } {
  const token = randomBytes(24).toString("base64url");
  return {
    token,
    record: {
      tokenHash: hashToken(token),
      expiresAt: new Date(now + LINK_LIFETIME_MS[kind]).toISOString(),
      kind,
      createdAt: new Date(now).toISOString(),
      ...(createdBy ? { createdBy } : {}),
    },
  };
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Compares two token hashes in constant time (the hashes are hex of equal length when valid). */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
