import "server-only";
import { ContentError } from "@/lib/content/content-error";
import { ContentWriteError } from "@/lib/content/write";
import { atLeast, type Role } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { failure, type ActionResult } from "@/lib/actions/result";
import { getCurrentAccount } from "./current-user";

export const SIGNED_OUT = "Your session has ended. Sign in again to continue.";
export const FORBIDDEN = "Your role does not allow this.";

/** Thrown inside an action to stop with a message for the mentor. */
export class ActionRefused extends Error {}

/**
 * Wraps every server action: re-reads the session and role (a page's redirect does not protect an
 * action, which is a public endpoint), then runs it. Known refusals become messages; anything else
 * is logged and reported without paths or stack traces.
 */
export async function withAccount<T extends object>(
  minimum: Role,
  run: (account: Account) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const account = await getCurrentAccount();
  if (!account) return failure(SIGNED_OUT);
  if (!atLeast(account.role, minimum)) return failure(FORBIDDEN);
  try {
    return await run(account);
  } catch (error) {
    if (error instanceof ActionRefused || error instanceof ContentWriteError)
      return failure(error.message);
    if (error instanceof ContentError) {
      return failure(`${error.line ? `Line ${error.line}: ` : ""}${error.problem}`);
    }
    // Next's redirect()/notFound() work by throwing: let them through.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("[action] failed:", error);
    return failure("Something went wrong and nothing was changed. Try again in a moment.");
  }
}
