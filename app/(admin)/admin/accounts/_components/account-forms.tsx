"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, inputClass } from "@/components/forms/text-field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/accounts/roles";
import { changeAccountAction, inviteAction } from "../actions";
import { OneTimeLink } from "./one-time-link";

const ASSIGNABLE = ROLES.filter((role) => role !== "owner");

export function InviteForm() {
  const [result, action] = useActionState(inviteAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form
      action={action}
      aria-label="Invite a mentor"
      className="grid gap-3 rounded-md border border-line p-4 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end"
    >
      <TextField label="Name" name="name" required errors={errors?.name} id="invite-name" />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        errors={errors?.email}
        id="invite-email"
      />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue="author" className={inputClass}>
          {ASSIGNABLE.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton>Invite</SubmitButton>
      <div className="sm:col-span-4">
        <FormStatus result={result} />
        <OneTimeLink result={result} />
      </div>
    </form>
  );
}

export function AccountControls({
  id,
  name,
  role,
  active,
  canReset,
}: {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  canReset: boolean;
}) {
  const [result, action] = useActionState(changeAccountAction, null);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <form action={action} aria-label={`Role of ${name}`} className="flex items-end gap-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="op" value="role" />
          <label className="text-xs font-medium">
            Role
            <select name="role" defaultValue={role} className={inputClass}>
              {ASSIGNABLE.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <SubmitButton variant="secondary" className="py-1.5">
            Change role
          </SubmitButton>
        </form>
        {canReset && active ? (
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="op" value="reset" />
            <SubmitButton variant="secondary" className="py-1.5">
              Create reset link
            </SubmitButton>
          </form>
        ) : null}
        <form action={action}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="op" value={active ? "deactivate" : "activate"} />
          <SubmitButton variant={active ? "danger" : "secondary"} className="py-1.5">
            {active ? "Deactivate" : "Reactivate"}
          </SubmitButton>
        </form>
      </div>
      <FormStatus result={result} />
      <OneTimeLink result={result} />
    </div>
  );
}
