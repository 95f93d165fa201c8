import { SIGN_IN_LOCKED_CODE } from "./sign-in-client";

/**
 * What next-auth reports, shaped for a server log. Its default logger prints a 10-line stack trace
 * for every wrong password, which buries real problems; a refused sign-in is an expected event, so
 * it gets one line. Anything else is a fault worth a stack trace, kept.
 */
type AuthLikeError = Error & { type?: string; code?: unknown; cause?: unknown };

/** Refusals that are a visitor's doing, not the server's: one line each. */
const REFUSALS: Record<string, string> = {
  CredentialsSignin: "wrong email or password",
  AccessDenied: "no active account for this sign-in",
  MissingCSRF: "the form was missing its security token (an old tab or a forged request)",
  Verification: "the sign-in link has expired or was already used",
};

/** The lines to log for one next-auth error (without the stack for a refused sign-in). */
export function authErrorLines(error: Error): string[] {
  const { type = error.name, code, cause } = error as AuthLikeError;
  if (type === "CredentialsSignin" && code === SIGN_IN_LOCKED_CODE)
    return ["[auth] sign-in refused: too many failed attempts, locked for a while"];
  const refusal = REFUSALS[type];
  if (refusal) return [`[auth] sign-in refused: ${refusal}`];
  const inner = (cause as { err?: unknown } | undefined)?.err;
  const stack = inner instanceof Error ? inner.stack : error.stack;
  return [`[auth] ${type}: ${error.message.split("\n")[0]}`, ...(stack ? [stack] : [])];
}

export const authLogger = {
  error(error: Error) {
    for (const line of authErrorLines(error)) console.error(line);
  },
};
