"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  AccountError,
  createOwner,
  hasAccounts,
  setPasswordWithToken,
} from "@/lib/accounts/manage";
import { endSession, normaliseEmail } from "@/lib/accounts/store";
import { failure, invalidInput, type ActionResult } from "@/lib/actions/result";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentAccount, getSessionId } from "@/lib/auth/current-user";
import { clientAddress, lockedFor, lockedMessage } from "@/lib/auth/rate-limit";
import { newPasswordSchema, setupSchema, signInSchema } from "@/lib/validations/auth";

const WRONG = "The email or password is incorrect.";

/** Only same-site admin paths are followed after sign-in. */
const safeNext = (next: string | undefined) =>
  next && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(next) ? next : "/admin";

export async function signInAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success || !parsed.data.email || !parsed.data.password)
    return failure("Enter your email and password.");
  const email = normaliseEmail(parsed.data.email);
  const address = clientAddress(await headers());
  const wait = lockedFor(email, address);
  if (wait > 0) return failure(lockedMessage(wait));
  try {
    await signIn("credentials", {
      email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = lockedFor(email, address);
      return failure(locked > 0 ? lockedMessage(locked) : WRONG);
    }
    throw error; // the redirect after success
  }
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  const account = await getCurrentAccount();
  const sid = await getSessionId();
  if (account && sid) await endSession(account.id, sid);
  await signOut({ redirectTo: "/signin?signedOut=1" });
}

/** First run: creates the owner, then signs them in. Closed once any account exists. */
export async function setupAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  if (await hasAccounts()) return failure("Setup is already complete. Sign in instead.");
  const parsed = setupSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await createOwner(parsed.data);
  } catch (error) {
    if (error instanceof AccountError) return failure(error.message);
    throw error;
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: "/admin",
  });
  return { ok: true };
}

/** Invitation and reset links: set a password once, then sign in. */
export async function setPasswordAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const token = String(form.get("token") ?? "");
  const parsed = newPasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setPasswordWithToken(token, parsed.data.password);
  } catch (error) {
    if (error instanceof AccountError) return failure(error.message);
    throw error;
  }
  redirect("/signin?passwordSet=1");
}
