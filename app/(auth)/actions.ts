"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createOwner, hasAccounts } from "@/lib/team/manage";
import { setPasswordWithToken } from "@/lib/team/links";
import { normaliseEmail } from "@/lib/accounts/store";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { definePublicFormAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { enabledOAuthProviders, signIn } from "@/lib/auth/auth";
import { safeNext } from "@/lib/auth/safe-next";
import { clientAddress } from "@/lib/auth/client-address";
import { clearFailures, lockedFor, lockedMessage } from "@/lib/auth/rate-limit";
import { signInClient, signInRefusal } from "@/lib/auth/sign-in-client";
import { newPasswordSchema, setupSchema, signInSchema } from "@/lib/validations/auth";

export const signInAction = definePublicFormAction({
  permission: permissions.public,
  input: signInSchema,
  invalid: "Enter your email and password.",
  run: async (input): Promise<ActionResult> => {
    if (!input.email || !input.password) return failure("Enter your email and password.");
    const email = normaliseEmail(input.email);
    // The address (TRUSTED_PROXIES only) and, if this browser signed in to the account before,
    // its known-device cookie: see lib/auth/rate-limit.ts.
    const client = signInClient(await headers(), email);
    // The email stays in the form after a refusal (the password does not). It is what was typed,
    // so it tells nothing about whether such an account exists: the message is the same for all.
    const refuse = (message: string) => ({ ...failure(message), values: { email: input.email } });
    const wait = lockedFor(email, client);
    if (wait > 0) return refuse(lockedMessage(wait));
    try {
      await signIn("credentials", {
        email,
        password: input.password,
        redirectTo: safeNext(input.next),
      });
    } catch (error) {
      if (error instanceof AuthError) return refuse(signInRefusal(email, client, error));
      throw error; // the redirect after success
    }
    return { ok: true };
  },
});

/** "Continue with GitHub/Google": only a provider this server has configured. */
export const oauthSignInAction = definePublicFormAction({
  permission: permissions.public,
  input: z.object({ provider: z.string().max(40) }),
  run: async ({ provider }): Promise<ActionResult> => {
    if (!enabledOAuthProviders().some((p) => p.id === provider))
      return failure("This sign-in method is not available.");
    await signIn(provider, { redirectTo: "/admin" });
    return { ok: true };
  },
});

/** First run: creates the owner, then signs them in. Closed once any account exists. */
export const setupAction = definePublicFormAction({
  permission: permissions.public,
  input: setupSchema,
  run: async (input): Promise<ActionResult> => {
    if (await hasAccounts()) return failure("Setup is already complete. Sign in instead.");
    await createOwner(input);
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: "/admin",
    });
    return { ok: true };
  },
});

/**
 * Invitation and reset links: set a password once, then the mentor is signed in and lands in the
 * admin (a welcome for a new mentor, a note for a reset). The link proved who they are, so sign-in
 * failures this browser made for the account before (a forgotten password) are forgiven.
 */
export const setPasswordAction = definePublicFormAction({
  permission: permissions.public,
  input: z.intersection(z.object({ token: z.string().max(200).default("") }), newPasswordSchema),
  run: async ({ token, password }): Promise<ActionResult> => {
    const requestHeaders = await headers();
    const { account, kind } = await setPasswordWithToken(
      token,
      password,
      clientAddress(requestHeaders),
    );
    clearFailures(account.email, signInClient(requestHeaders, account.email));
    const landing = kind === "invite" ? "/admin?welcome=1" : "/admin?passwordReset=1";
    try {
      await signIn("credentials", { email: account.email, password, redirectTo: landing });
    } catch (error) {
      // Locked out by someone else's guesses at this email: the password is set all the same.
      if (error instanceof AuthError) redirect("/signin?passwordSet=1");
      throw error; // the redirect after success
    }
    return { ok: true };
  },
});
