import type { z } from "zod";

/** What every server action returns: the form shows `message` in its live region. */
export type ActionResult<T extends object = object> =
  | ({ ok: true; message?: string } & T)
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const failure = (
  message: string,
  fieldErrors?: Record<string, string[]>,
): ActionResult<never> => ({
  ok: false,
  message,
  fieldErrors,
});

/** A zod failure as a form result: one message plus the errors per field. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure("Please correct the highlighted fields.", fieldErrors);
}
