import { permissions } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { namesList, whoCan } from "@/lib/team/contacts";

type Params = Record<string, string | string[] | undefined>;

/**
 * Notices about the mentor's own account on the Posts page: the welcome after accepting an
 * invitation, the note after a password reset, and a page their role does not open (with who can
 * change roles). Only these fixed texts: nothing from the address is shown.
 */
export async function AccountNotices({ params, account }: { params: Params; account: Account }) {
  if (params.welcome !== undefined)
    return (
      <p role="status" className="mt-4 rounded-md border border-line px-3 py-2 text-sm">
        Welcome to the team, {account.name}! Your password is set and you are signed in. Start with
        “New post”, or fill in your profile.
      </p>
    );
  if (params.passwordReset !== undefined)
    return (
      <p role="status" className="mt-4 rounded-md border border-line px-3 py-2 text-sm">
        Your new password is set. You were signed out everywhere else.
      </p>
    );
  if (params.denied === undefined) return null;
  const admins = namesList(await whoCan(permissions.manageAccounts));
  return (
    <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
      Your role does not give access to that page.
      {admins ? ` If you need it, ask ${admins}.` : ""}
    </p>
  );
}
