import { MIN_PASSWORD_LENGTH } from "@/lib/validations/password-rules";
import { TextField } from "./text-field";

/** A new password typed twice, as the setup, invitation and profile forms ask for it. */
export function NewPasswordFields({
  label = "Password",
  confirmLabel = `Confirm ${label.toLowerCase()}`,
  errors,
  idPrefix = "new",
}: {
  label?: string;
  confirmLabel?: string;
  errors?: Record<string, string[]>;
  idPrefix?: string;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        errors={errors?.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        label={confirmLabel}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirm}
      />
    </>
  );
}
