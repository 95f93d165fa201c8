import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/validations/password-rules";
import { nameText } from "./names";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/** Account, invitation and profile names: the shared rule of names.ts (no control characters). */
export const nameField = nameText({ max: 80, empty: "Enter a name." });

export const signInSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  next: z.string().max(500).optional(),
});

/** Passwords typed twice must match. */
export const newPasswordSchema = z
  .object({ password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    message: "The passwords do not match.",
  });

export const setupSchema = z
  .object({ name: nameField, email: emailField, password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    message: "The passwords do not match.",
  });
