"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const [result, action] = useActionState(signInAction, null);
  // After a refusal the email is put back (React resets the form), the password is not.
  const email = result && !result.ok ? result.values?.email : undefined;
  return (
    <form action={action} className="space-y-4">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        key={email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p className="-mt-2 text-right text-sm">
        <Link href="/signin/forgot" className="text-accent underline">
          Forgot password?
        </Link>
      </p>
      <FormStatus result={result} />
      <SubmitButton className="w-full">Sign in</SubmitButton>
    </form>
  );
}
