import "server-only";
import { readAccounts } from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";

/**
 * Who made a change, as the history pages show it: the account's name as it is now. Commits name
 * a mentor by author id and email (git.ts historyAuthor); older ones by the display name of the
 * day. The email is matched first (every commit by a mentor carries theirs, and no two accounts
 * share one), then the author id; a commit matching no account (the system, a removed account)
 * shows the name git has.
 */
export function displayNameOf(
  accounts: Pick<Account, "name" | "email" | "authorId">[],
  revision: { author: string; email: string },
): string {
  const email = revision.email.trim().toLowerCase();
  const account =
    accounts.find((a) => a.email.toLowerCase() === email) ??
    accounts.find((a) => a.authorId === revision.author);
  return account?.name ?? revision.author;
}

/** displayNameOf with the accounts read once, for a page of revisions. */
export async function historyDisplayNames(): Promise<
  (revision: { author: string; email: string }) => string
> {
  const accounts = await readAccounts();
  return (revision) => displayNameOf(accounts, revision);
}
