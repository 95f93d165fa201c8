"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password-rules";
import { setPasswordAction } from "../actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [result, action] = useActionState(setPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        errors={errors?.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <TextField
        label="Confirm password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirm}
      />
      <FormStatus result={result} />
      <SubmitButton className="w-full">Set password</SubmitButton>
    </form>
  );
}
