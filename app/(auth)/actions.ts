"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createOwner, hasAccounts, setPasswordWithToken } from "@/lib/team/manage";
import { normaliseEmail } from "@/lib/accounts/store";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { definePublicFormAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { enabledOAuthProviders, signIn } from "@/lib/auth/auth";
import { safeNext } from "@/lib/auth/safe-next";
import { lockedFor, lockedMessage } from "@/lib/auth/rate-limit";
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
    const wait = lockedFor(email, client);
    if (wait > 0) return failure(lockedMessage(wait));
    try {
      await signIn("credentials", {
        email,
        password: input.password,
        redirectTo: safeNext(input.next),
      });
    } catch (error) {
      if (error instanceof AuthError) return failure(signInRefusal(email, client, error));
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

/** Invitation and reset links: set a password once, then sign in. */
export const setPasswordAction = definePublicFormAction({
  permission: permissions.public,
  input: z.intersection(z.object({ token: z.string().max(200).default("") }), newPasswordSchema),
  run: async ({ token, password }): Promise<ActionResult> => {
    await setPasswordWithToken(token, password);
    redirect("/signin?passwordSet=1");
  },
});
