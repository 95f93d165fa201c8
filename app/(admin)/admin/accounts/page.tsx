import type { Metadata } from "next";
import { can, permissions, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";
import { summarise } from "@/lib/accounts/types";
import { requirePageAccount } from "@/lib/auth/current-user";
import { listPendingInvitations } from "@/lib/team/links";
import { AccountControls, InviteForm } from "./_components/account-forms";
import { PendingInvitations, type InvitationRow } from "./_components/pending-invitations";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const me = await requirePageAccount(permissions.manageAccounts);
  // Invited people who have not joined yet are listed as invitations, not as members.
  const pending = await listPendingInvitations();
  const accounts = (await readAccounts())
    .filter((a) => !pending.some((invite) => invite.id === a.id))
    .map(summarise);
  const rows: InvitationRow[] = pending.map((invite) => ({
    id: invite.id,
    name: invite.name,
    email: invite.email,
    role: ROLE_LABELS[invite.role],
    invitedAt: invite.invitedAt,
    invitedBy: invite.invitedBy,
    expiresAt: invite.expiresAt,
    expired: invite.expired,
    active: invite.active,
  }));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Accounts</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        {ROLES.map((role) => (
          <div key={role} className="contents">
            <dt className="font-medium">{ROLE_LABELS[role]}</dt>
            <dd className="text-muted">{ROLE_DESCRIPTIONS[role]}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6">
        <InviteForm />
      </div>
      <PendingInvitations rows={rows} />
      <h2 className="mt-8 text-lg font-semibold">Members</h2>
      <ul className="mt-2 divide-y divide-line" aria-label="Members">
        {accounts.map((account) => (
          <li key={account.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
            <div className="min-w-0">
              <p className="font-medium break-words">
                {account.name}{" "}
                <span className="text-sm font-normal text-muted">{account.email}</span>
              </p>
              <p className="text-sm text-muted">
                {ROLE_LABELS[account.role]}
                {account.active ? "" : " · deactivated"}
              </p>
            </div>
            {can.administerAccount(me, account) ? (
              <AccountControls
                id={account.id}
                name={account.name}
                role={account.role}
                active={account.active}
                canReset={can.resetPasswordOf(me, account)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
