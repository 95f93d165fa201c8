import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findAccount, readAccounts, SESSION_MAX_AGE_SECONDS } from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { meets, permissions, type Permission } from "@/lib/accounts/roles";
import { auth } from "./auth";

/**
 * The signed-in account, read fresh from the store: a deactivated account, a revoked session (sign
 * out, password change) or an expired one is nobody, from the very next request.
 */
export const getCurrentAccount = cache(async (): Promise<Account | undefined> => {
  const session = (await auth()) as { accountId?: string; sid?: string } | null;
  if (!session?.accountId || !session.sid) return undefined;
  const account = await findAccount(session.accountId);
  const live = account?.sessions.find((s) => s.id === session.sid);
  if (!account?.active || !live) return undefined;
  if (Date.now() - Date.parse(live.createdAt) > SESSION_MAX_AGE_SECONDS * 1000) return undefined;
  return account;
});

export const getSessionId = async () => ((await auth()) as { sid?: string } | null)?.sid;

/** For admin pages: sends visitors to setup (no accounts yet) or sign-in. */
export async function requirePageAccount(
  permission: Permission = permissions.writePosts,
): Promise<Account> {
  const account = await getCurrentAccount();
  if (!account) {
    if ((await readAccounts()).length === 0) redirect("/setup");
    redirect("/signin");
  }
  if (!meets(account.role, permission)) redirect("/admin?denied=1");
  return account;
}
