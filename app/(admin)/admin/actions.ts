"use server";

import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { definePublicFormAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { signOut } from "@/lib/auth/auth";

/**
 * Signs out. next-auth's sign-out event (lib/auth/auth.ts) ends the session in the account store,
 * so a copy of the cookie is dead too, whichever way the sign-out came.
 */
export const signOutAction = definePublicFormAction({
  permission: permissions.public,
  input: z.object({}),
  run: async (): Promise<ActionResult> => {
    await signOut({ redirectTo: "/signin?signedOut=1" });
    return { ok: true };
  },
});
