"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField, inputClass } from "@/components/forms/text-field";
import { changePasswordAction, updateProfileAction } from "../actions";

export type ProfileValues = { name: string; bio: string; avatar: string; links: string };

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [result, action] = useActionState(updateProfileAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} aria-label="Author profile" className="space-y-4">
      <TextField
        label="Name"
        name="name"
        defaultValue={initial.name}
        required
        errors={errors?.name}
        id="profile-name"
      />
      <div className="space-y-1">
        <label htmlFor="profile-bio" className="block text-sm font-medium">
          Bio
        </label>
        <textarea
          id="profile-bio"
          name="bio"
          rows={4}
          maxLength={2000}
          defaultValue={initial.bio}
          className={inputClass}
        />
      </div>
      <TextField
        label="Avatar"
        name="avatar"
        defaultValue={initial.avatar}
        placeholder="/media/…"
        errors={errors?.avatar}
        id="profile-avatar"
        hint="An uploaded image (see Media)."
      />
      <div className="space-y-1">
        <label htmlFor="profile-links" className="block text-sm font-medium">
          Links
        </label>
        <textarea
          id="profile-links"
          name="links"
          rows={3}
          defaultValue={initial.links}
          className={`${inputClass} font-mono`}
          aria-describedby="profile-links-hint"
        />
        <p id="profile-links-hint" className="text-xs text-muted">
          One per line: <code>Website | https://example.com</code>
        </p>
        {errors?.links ? (
          <p className="text-xs text-red-700 dark:text-red-400">{errors.links.join(" ")}</p>
        ) : null}
      </div>
      <FormStatus result={result} />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [result, action] = useActionState(changePasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} aria-label="Change password" className="space-y-4">
      <TextField
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.current}
        id="password-current"
      />
      <NewPasswordFields label="New password" errors={errors} idPrefix="password" />
      <FormStatus result={result} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
