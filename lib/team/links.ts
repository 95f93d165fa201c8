import "server-only";
import { hashPassword } from "@/lib/accounts/passwords";
import { can, type Role } from "@/lib/accounts/roles";
import {
  hashToken,
  newSetPasswordToken,
  readAccounts,
  sameTokenHash,
  updateAccounts,
  type LinkKind,
} from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { linkLockedFor, recordBadLink } from "@/lib/auth/rate-limit";
import { AccountError } from "./manage";

/**
 * One-time links: invitations (a new account sets its first password) and password resets made by
 * an administrator. Only a token's hash is stored, so a link is shown once, when it is made; an
 * administrator who lost it makes a new one, which stops the old one working.
 */

export const LINK_GONE =
  "This link has expired or was already used. Ask an administrator for a new one.";

export const LINK_LOCKED =
  "Too many links that do not work were tried from here. Try again in 15 minutes.";

/**
 * A person invited who has not joined yet: no password, and never signed in (a mentor who signs in
 * with GitHub or Google has no password, and is a member all the same).
 */
const isPending = (account: Account) =>
  account.passwordHash === "" && !account.firstSignInAt && account.sessions.length === 0;

/** What the Accounts page lists about an invitation: never its token or hash. */
export type PendingInvitation = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** Missing for invitations made before they were dated. */
  invitedAt?: string;
  invitedBy?: string;
  expiresAt?: string;
  expired: boolean;
};

export async function listPendingInvitations(now = Date.now()): Promise<PendingInvitation[]> {
  const accounts = await readAccounts();
  const nameOf = (id?: string) => accounts.find((a) => a.id === id)?.name;
  return accounts.filter(isPending).map((account) => {
    const link = account.setPassword;
    return {
      id: account.id,
      name: account.name,
      email: account.email,
      role: account.role,
      active: account.active,
      invitedAt: link?.createdAt ?? account.createdAt,
      invitedBy: nameOf(link?.createdBy),
      expiresAt: link?.expiresAt,
      expired: !link || Date.parse(link.expiresAt) <= now,
    };
  });
}

/** The actor, read inside the write, must still be allowed to administer the target. */
function administered(accounts: Account[], actorId: string, targetId: string): Account {
  const actor = accounts.find((a) => a.id === actorId && a.active);
  const target = accounts.find((a) => a.id === targetId);
  if (!target) throw new AccountError("This account no longer exists.");
  if (!actor || !can.administerAccount(actor, target))
    throw new AccountError("You cannot change this account.");
  return target;
}

/** Withdraws an invitation that nobody accepted: the account goes, its link stops working. */
export async function revokeInvitation(actorId: string, targetId: string): Promise<string> {
  return updateAccounts((accounts) => {
    const target = administered(accounts, actorId, targetId);
    if (!isPending(target))
      throw new AccountError(`${target.name} already accepted the invitation.`);
    return { accounts: accounts.filter((a) => a.id !== targetId), result: target.email };
  });
}

/** A new invitation link for a pending account; the previous one stops working. */
export async function reissueInvitation(actorId: string, targetId: string): Promise<string> {
  const { token, record } = newSetPasswordToken("invite", actorId);
  await updateAccounts((accounts) => {
    const target = administered(accounts, actorId, targetId);
    if (!isPending(target))
      throw new AccountError(`${target.name} already accepted the invitation.`);
    if (!target.active) throw new AccountError("This account is deactivated. Reactivate it first.");
    target.setPassword = record;
    return { accounts, result: undefined };
  });
  return token;
}

/**
 * A password-reset link for a member: they keep signing in with their old password until they use
 * it. Administrators reset roles below their own (an administrator cannot take over another
 * administrator's account; the owner can), never their own (Profile) or the owner's.
 */
export async function createResetLink(actorId: string, targetId: string): Promise<string> {
  const { token, record } = newSetPasswordToken("reset", actorId);
  await updateAccounts((accounts) => {
    const target = administered(accounts, actorId, targetId);
    if (
      !can.resetPasswordOf(
        accounts.find((a) => a.id === actorId)!,
        target,
      )
    )
      throw new AccountError("Only the owner can reset another administrator's password.");
    if (isPending(target))
      throw new AccountError(
        `${target.name} has not accepted the invitation yet: send a new invitation link instead.`,
      );
    if (!target.active) throw new AccountError("This account is deactivated. Reactivate it first.");
    target.setPassword = record;
    return { accounts, result: undefined };
  });
  return token;
}

const kindOf = (account: Account): LinkKind =>
  account.setPassword?.kind ?? (isPending(account) ? "invite" : "reset");

function findByToken(accounts: Account[], token: string, now: number): Account | undefined {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  const hash = hashToken(token);
  // Every stored hash is compared, in constant time: no early exit tells how close a guess was.
  let found: Account | undefined;
  for (const account of accounts)
    if (account.setPassword && sameTokenHash(account.setPassword.tokenHash, hash)) found = account;
  if (!found?.active || !found.setPassword) return undefined;
  return Date.parse(found.setPassword.expiresAt) > now ? found : undefined;
}

/** The account a link belongs to, while the link is valid; undefined otherwise. */
export async function accountForToken(token: string): Promise<Account | undefined> {
  return findByToken(await readAccounts(), token, Date.now());
}

/**
 * Opens a link for a visitor from `address`: a client that tried 20 wrong links in 15 minutes is
 * refused ("locked") before the token is even looked at.
 */
export async function openLink(
  token: string,
  address: string | undefined,
): Promise<{ account: Account; kind: LinkKind } | "locked" | undefined> {
  if (linkLockedFor(address) > 0) return "locked";
  const account = await accountForToken(token);
  if (!account) {
    recordBadLink(address);
    return undefined;
  }
  return { account, kind: kindOf(account) };
}

/**
 * Uses a link once: sets the password, ends every session, and burns the link. Checked again inside
 * the write, so of two uses at once (a double click, a replay) only the first succeeds.
 */
export async function setPasswordWithToken(
  token: string,
  password: string,
  address?: string,
): Promise<{ account: Account; kind: LinkKind }> {
  // The form can be posted without opening the page: the same limit on wrong links applies.
  const opened = await openLink(token, address);
  if (opened === "locked") throw new AccountError(LINK_LOCKED);
  if (!opened) throw new AccountError(LINK_GONE);
  const passwordHash = await hashPassword(password);
  return updateAccounts((accounts) => {
    const target = findByToken(accounts, token, Date.now());
    if (!target) throw new AccountError(LINK_GONE);
    const kind = kindOf(target);
    target.passwordHash = passwordHash;
    target.sessions = [];
    delete target.setPassword;
    return { accounts, result: { account: target, kind } };
  });
}
