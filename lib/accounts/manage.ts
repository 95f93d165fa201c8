import "server-only";
import { ensureAuthorProfile } from "@/lib/content/author-write";
import { getContentIndex } from "@/lib/content/load";
import { siteConfig } from "@/lib/site-config";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters, nameKey } from "@/lib/validations/names";
import { isValidSlug } from "@/lib/content/paths";
import { tagSlug } from "@/lib/content/tags";
import { hashPassword } from "./passwords";
import type { Role } from "./roles";
import {
  hashToken,
  newAccountId,
  newSetPasswordToken,
  normaliseEmail,
  readAccounts,
  updateAccounts,
} from "./store";
import type { Account } from "./types";
import { UserError } from "@/lib/actions/result";

/** Refusals meant for the person at the form. */
export class AccountError extends UserError {}

/** An author id is a file name too: ASCII letters, digits and hyphens only ("José" → "jose"). */
function uniqueAuthorId(name: string, accounts: Account[]): string {
  const ascii = tagSlug(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).replace(
    /[^a-z0-9-]/g,
    "",
  );
  const trimmed = ascii.replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "");
  const base = isValidSlug(trimmed) ? trimmed : "author";
  // Posts with no byline belong to the default author's id: no account may ever get it.
  const reserved = tagSlug(siteConfig.defaultAuthor);
  let id = base;
  for (let n = 2; id === reserved || accounts.some((a) => a.authorId === id); n++)
    id = `${base}-${n}`;
  return id;
}

export const NAME_TAKEN = "Another mentor already uses this name.";

/**
 * Names are how readers and mentors tell people apart, so no two accounts may look alike: a name
 * is refused when it matches (case-insensitive, after trimming and Unicode NFKC) another account's
 * name or that account's public profile name. Control characters are refused in any name.
 */
export function assertNameAvailable(accounts: Account[], name: string, exceptId?: string): void {
  if (hasControlCharacters(name))
    throw new AccountError(CONTROL_CHARACTER_MESSAGE, { name: [CONTROL_CHARACTER_MESSAGE] });
  const wanted = nameKey(name);
  const profiles = getContentIndex().authors;
  const taken = accounts.some(
    (a) =>
      a.id !== exceptId &&
      (nameKey(a.name) === wanted || nameKey(profiles.get(a.authorId)?.name ?? "") === wanted),
  );
  if (taken) throw new AccountError(NAME_TAKEN, { name: [NAME_TAKEN] });
}

function newAccount(
  accounts: Account[],
  input: { name: string; email: string; role: Role },
): Account {
  const email = normaliseEmail(input.email);
  if (accounts.some((a) => a.email === email))
    throw new AccountError("An account with this email already exists.");
  assertNameAvailable(accounts, input.name);
  return {
    id: newAccountId(),
    email,
    name: input.name,
    role: input.role,
    authorId: uniqueAuthorId(input.name, accounts),
    passwordHash: "",
    active: true,
    createdAt: new Date().toISOString(),
    sessions: [],
  };
}

/** First run only: creates the owner. Refused once any account exists. */
export async function createOwner(input: {
  name: string;
  email: string;
  password: string;
}): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  const account = await updateAccounts((accounts) => {
    if (accounts.length > 0) throw new AccountError("Setup is already complete. Sign in instead.");
    const owner = { ...newAccount(accounts, { ...input, role: "owner" }), passwordHash };
    return { accounts: [owner], result: owner };
  });
  await ensureAuthorProfile(account.authorId, account.name);
  return account;
}

export const hasAccounts = async () => (await readAccounts()).length > 0;

/** Creates an account that sets its own password through a one-time link; returns the token. */
export async function inviteAccount(input: {
  name: string;
  email: string;
  role: Role;
}): Promise<{ account: Account; token: string }> {
  if (input.role === "owner") throw new AccountError("There is only one owner.");
  const { token, record } = newSetPasswordToken();
  const account = await updateAccounts((accounts) => {
    const created = { ...newAccount(accounts, input), setPassword: record };
    return { accounts: [...accounts, created], result: created };
  });
  await ensureAuthorProfile(account.authorId, account.name);
  return { account, token };
}

/** Changes done by an administrator to someone else's account. */
export async function administerAccount(
  actorId: string,
  targetId: string,
  change: { role?: Role; active?: boolean; resetPassword?: boolean },
): Promise<{ token?: string }> {
  const link = change.resetPassword ? newSetPasswordToken(2) : undefined;
  await updateAccounts((accounts) => {
    const target = accounts.find((a) => a.id === targetId);
    if (!target) throw new AccountError("This account no longer exists.");
    if (target.id === actorId)
      throw new AccountError("You cannot change your own role or status here.");
    if (target.role === "owner")
      throw new AccountError("The owner's account cannot be changed by others.");
    if (change.role === "owner") throw new AccountError("There is only one owner.");
    if (change.role) target.role = change.role;
    if (change.active !== undefined) {
      target.active = change.active;
      // Deactivation signs the account out everywhere, on its very next request.
      if (!change.active) target.sessions = [];
    }
    if (link) {
      target.setPassword = link.record;
      target.sessions = [];
    }
    return { accounts, result: undefined };
  });
  return { token: link?.token };
}

/** Looks up the account a set-password link belongs to, if the link is still valid. */
export async function accountForToken(token: string): Promise<Account | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  const hash = hashToken(token);
  const account = (await readAccounts()).find((a) => a.setPassword?.tokenHash === hash);
  if (
    !account?.active ||
    !account.setPassword ||
    Date.parse(account.setPassword.expiresAt) < Date.now()
  )
    return undefined;
  return account;
}

/** Uses a set-password link once: sets the password, ends every session, and burns the link. */
export async function setPasswordWithToken(token: string, password: string): Promise<Account> {
  const account = await accountForToken(token);
  if (!account)
    throw new AccountError(
      "This link has expired or was already used. Ask an administrator for a new one.",
    );
  const passwordHash = await hashPassword(password);
  return updateAccounts((accounts) => {
    const target = accounts.find(
      (a) => a.id === account.id && a.setPassword?.tokenHash === hashToken(token),
    );
    if (!target) throw new AccountError("This link has expired or was already used.");
    target.passwordHash = passwordHash;
    target.sessions = [];
    delete target.setPassword;
    return { accounts, result: target };
  });
}

/** A signed-in user's own password change: every other session ends, this one stays. */
export async function changeOwnPassword(
  accountId: string,
  keepSessionId: string | undefined,
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await updateAccounts((accounts) => {
    const target = accounts.find((a) => a.id === accountId);
    if (!target) throw new AccountError("This account no longer exists.");
    target.passwordHash = passwordHash;
    target.sessions = target.sessions.filter((s) => s.id === keepSessionId);
    return { accounts, result: undefined };
  });
}

/** Changes an account's display name only: its id and author id never change. */
export async function renameAccount(accountId: string, name: string): Promise<void> {
  await updateAccounts((accounts) => {
    const target = accounts.find((a) => a.id === accountId);
    if (!target) throw new AccountError("This account no longer exists.");
    assertNameAvailable(accounts, name, accountId);
    target.name = name.trim();
    return { accounts, result: undefined };
  });
}
