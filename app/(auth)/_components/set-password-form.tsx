"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { setPasswordAction } from "../actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [result, action] = useActionState(setPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        label="New password"
        confirmLabel="Confirm password"
        errors={errors}
        idPrefix="invite"
      />
      <FormStatus result={result} />
      <SubmitButton className="w-full">Set password</SubmitButton>
    </form>
  );
}
