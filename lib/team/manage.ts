import "server-only";
import { ensureAuthorProfile } from "@/lib/content/author-write";
import { getContentIndex } from "@/lib/content/load";
import { siteConfig } from "@/lib/site-config";
import { lookAlikeKey, mixesScripts, MIXED_SCRIPTS_MESSAGE } from "@/lib/validations/look-alike";
import {
  CONTROL_CHARACTER_MESSAGE,
  hasControlCharacters,
  hasLetterOrDigit,
  nameKey,
  NO_LETTER_MESSAGE,
} from "@/lib/validations/names";
import { isValidSlug } from "@/lib/data/slug";
import { tagSlug } from "@/lib/content/tags";
import { hashPassword } from "@/lib/accounts/passwords";
import type { Role } from "@/lib/accounts/roles";
import {
  newAccountId,
  newSetPasswordToken,
  normaliseEmail,
  readAccounts,
  updateAccounts,
} from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { UserError } from "@/lib/errors";

/** Refusals meant for the person at the form. */
export class AccountError extends UserError {}

/**
 * An author id is a file name too: ASCII letters, digits and hyphens only ("José" → "jose"). A new
 * id is never one already in use: not another account's, not the default byline's, and not one a
 * post's byline or a profile file names (a new "Sam Rivera" must not become the author of the old
 * posts signed "Sam Rivera": an editor gives them to the account, if they are that person's).
 */
function uniqueAuthorId(name: string, accounts: Account[]): string {
  const ascii = tagSlug(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).replace(
    /[^a-z0-9-]/g,
    "",
  );
  const trimmed = ascii.replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "");
  const base = isValidSlug(trimmed) ? trimmed : "author";
  const { posts, authors } = getContentIndex();
  const used = new Set([
    tagSlug(siteConfig.defaultAuthor),
    ...accounts.map((a) => a.authorId),
    ...authors.keys(),
    ...posts.map((post) => post.author.id),
  ]);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export const NAME_TAKEN = "Another mentor already uses this name.";

/** Why nobody may take the name the blog signs its own posts with. */
export const defaultAuthorNameMessage = () =>
  `"${siteConfig.defaultAuthor}" is the name the blog signs its own posts with. Choose another name.`;

/**
 * Names are how readers and mentors tell people apart, so no name may pass for another. Refused:
 * control characters; names without a letter or digit; Latin letters mixed with Cyrillic or Greek
 * ones; the default byline's name; and another account's name or profile name. Compared
 * case-insensitively, after trimming, Unicode NFKC, and reading Cyrillic and Greek look-alike
 * letters as Latin (lookAlikeKey).
 *
 * `self` is the account being renamed. It may always keep its current name; a new one may not be a
 * profile's name or a post's byline that is not its own either ("Sam Rivera" on old posts with no
 * account). A new account is named by the administrator who invites that person: it may take an
 * old byline's name, and never gets that byline's posts (uniqueAuthorId).
 */
export function assertNameAvailable(accounts: Account[], name: string, self?: Account): void {
  const refuse = (message: string): never => {
    throw new AccountError(message, { name: [message] });
  };
  if (hasControlCharacters(name)) refuse(CONTROL_CHARACTER_MESSAGE);
  if (!hasLetterOrDigit(name)) refuse(NO_LETTER_MESSAGE);
  if (self && nameKey(name) === nameKey(self.name)) return;
  if (mixesScripts(name)) refuse(MIXED_SCRIPTS_MESSAGE);
  const wanted = lookAlikeKey(name);
  const same = (other: string | undefined) => other !== undefined && lookAlikeKey(other) === wanted;
  if (same(siteConfig.defaultAuthor)) refuse(defaultAuthorNameMessage());
  const { authors, posts } = getContentIndex();
  const otherAccounts = accounts.filter((a) => a.id !== self?.id);
  if (otherAccounts.some((a) => same(a.name) || same(authors.get(a.authorId)?.name)))
    refuse(NAME_TAKEN);
  if (!self) return;
  const notMine = (authorId: string) => authorId !== self.authorId;
  if (
    [...authors.values()].some((profile) => notMine(profile.id) && same(profile.name)) ||
    posts.some((post) => notMine(post.author.id) && same(post.author.name))
  )
    refuse(NAME_TAKEN);
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

/**
 * Creates an account that sets its own password through a one-time link (lib/team/links.ts);
 * returns the token, which is stored only as a hash.
 */
export async function inviteAccount(
  input: { name: string; email: string; role: Role },
  invitedBy?: string,
): Promise<{ account: Account; token: string }> {
  if (input.role === "owner") throw new AccountError("There is only one owner.");
  const { token, record } = newSetPasswordToken("invite", invitedBy);
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
  change: { role?: Role; active?: boolean },
): Promise<void> {
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
    return { accounts, result: undefined };
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
    assertNameAvailable(accounts, name, target);
    target.name = name.trim();
    return { accounts, result: undefined };
  });
}
