"use client";

import { useActionState } from "react";
import { LocalTime } from "@/components/admin/local-time";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { invitationAction } from "../actions";
import { OneTimeLink } from "./one-time-link";

/** One pending invitation as the page shows it: instants (ISO) shown in the mentor's zone. */
export type InvitationRow = {
  id: string;
  name: string;
  email: string;
  role: string;
  invitedAt?: string;
  invitedBy?: string;
  /** Until when its link works; none when no link works (revoked, or never made). */
  expiresAt?: string;
  expired: boolean;
  active: boolean;
};

/**
 * Invitations nobody accepted yet. One status for the list: a revoked row disappears, and its
 * message must not disappear with it.
 */
export function PendingInvitations({ rows }: { rows: InvitationRow[] }) {
  const [result, action] = useActionState(invitationAction, null);
  return (
    <section aria-labelledby="pending-heading" className="mt-8">
      <h2 id="pending-heading" className="text-lg font-semibold">
        Pending invitations
      </h2>
      <p className="mt-1 text-sm text-muted">
        For security, an invitation link is shown only once, when it is made. If it was lost or has
        expired, make a new one: the old link then stops working.
      </p>
      <FormStatus result={result} />
      <OneTimeLink result={result} />
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No invitations are waiting.</p>
      ) : (
        <ul className="mt-2 divide-y divide-line" aria-label="Pending invitations">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {row.name} <span className="text-sm font-normal text-muted">{row.email}</span>
                </p>
                <p className="text-sm text-muted">
                  {row.role} · invited
                  {row.invitedAt ? (
                    <>
                      {" "}
                      <LocalTime iso={row.invitedAt} format="short" />
                    </>
                  ) : null}
                  {row.invitedBy ? ` by ${row.invitedBy}` : ""} ·{" "}
                  <span className={row.expired ? "text-red-700 dark:text-red-400" : ""}>
                    {row.expiresAt ? (
                      <>
                        {row.expired ? "link expired" : "link expires"}{" "}
                        <LocalTime iso={row.expiresAt} format="short" />
                      </>
                    ) : (
                      "no working link"
                    )}
                  </span>
                  {row.active ? "" : " · deactivated"}
                </p>
              </div>
              <form action={action} className="flex flex-wrap gap-2">
                <input type="hidden" name="id" value={row.id} />
                {row.active ? (
                  <SubmitButton name="op" value="reissue" variant="secondary" className="py-1.5">
                    Re-issue link
                  </SubmitButton>
                ) : null}
                <SubmitButton name="op" value="revoke" variant="danger" className="py-1.5">
                  Revoke
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
