"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { setupAction } from "../actions";

export function SetupForm() {
  const [result, action] = useActionState(setupAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        errors={errors?.name}
        hint="Shown as the byline on your posts."
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={errors?.email}
      />
      <NewPasswordFields errors={errors} idPrefix="setup" />
      <FormStatus result={result} />
      <SubmitButton className="w-full">Create owner account</SubmitButton>
    </form>
  );
}
