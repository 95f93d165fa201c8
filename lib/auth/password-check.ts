import { verifyPassword } from "@/lib/accounts/passwords";
import type { Account } from "@/lib/accounts/types";
import {
  clearPasswordCheckFailures,
  failedPasswordCheckMessage,
  passwordCheckLockedFor,
  passwordCheckLockedMessage,
  recordPasswordCheckFailure,
} from "./rate-limit";

/**
 * Checks the current password before a password change, at most 5 wrong ones per account in 15
 * minutes (whoever holds a stolen session must not get unlimited guesses at the password).
 * Returns undefined when it is right, else the message for the form and whether the password was
 * checked and wrong; while locked, it is not checked at all.
 */
export async function checkCurrentPassword(
  account: Pick<Account, "id" | "passwordHash">,
  password: string,
): Promise<{ message: string; wrong: boolean } | undefined> {
  const wait = passwordCheckLockedFor(account.id);
  if (wait > 0) return { message: passwordCheckLockedMessage(wait), wrong: false };
  // Counted before the slow check (see recordFailure): parallel guesses cannot slip past.
  recordPasswordCheckFailure(account.id);
  if (await verifyPassword(account.passwordHash, password)) {
    clearPasswordCheckFailures(account.id);
    return undefined;
  }
  return { message: failedPasswordCheckMessage(passwordCheckLockedFor(account.id)), wrong: true };
}
