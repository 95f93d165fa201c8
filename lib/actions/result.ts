import type { z } from "zod";

/** What every server action returns: the form shows `message` in its live region. */
export type ActionResult<T extends object = object> =
  | ({ ok: true; message?: string } & T)
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What the form shows again after the refusal (React resets a form once its action ends). */
      values?: Record<string, string>;
    };

export const GENERIC_FAILURE =
  "Something went wrong and nothing was changed. Try again in a moment.";

export const failure = (
  message: string,
  fieldErrors?: Record<string, string[]>,
): ActionResult<never> => ({
  ok: false,
  message,
  fieldErrors,
});

/**
 * A zod failure as a form result: the errors per field, and one message. A single problem is said
 * as it is ("Confirm the deletion."); several point at the highlighted fields.
 */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const [only] = error.issues;
  const fields = Object.keys(fieldErrors);
  // A lone problem that is not about a visible field (a confirmation, a plain argument) is said as is.
  const message =
    error.issues.length === 1 && only && ["form", "body"].includes(fields[0]!)
      ? only.message
      : "Please correct the highlighted fields.";
  return failure(message, fieldErrors);
}
