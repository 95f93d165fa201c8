import type { Metadata } from "next";
import { can, permissions, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";
import { summarise } from "@/lib/accounts/types";
import { requirePageAccount } from "@/lib/auth/current-user";
import { AccountControls, InviteForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const me = await requirePageAccount(permissions.manageAccounts);
  const accounts = (await readAccounts()).map(summarise);
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
      <ul className="mt-8 divide-y divide-line">
        {accounts.map((account) => (
          <li key={account.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
            <div>
              <p className="font-medium">
                {account.name}{" "}
                <span className="text-sm font-normal text-muted">{account.email}</span>
              </p>
              <p className="text-sm text-muted">
                {ROLE_LABELS[account.role]}
                {account.active ? "" : " · deactivated"}
                {account.pendingInvite ? " · invitation pending" : ""}
              </p>
            </div>
            {can.administerAccount(me, account) ? (
              <AccountControls
                id={account.id}
                name={account.name}
                role={account.role}
                active={account.active}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
