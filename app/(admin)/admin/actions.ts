"use server";

import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { endSession } from "@/lib/accounts/store";
import { definePublicFormAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { signOut } from "@/lib/auth/auth";
import { getSessionId } from "@/lib/auth/current-user";

/** Ends this session in the account store (so the cookie is dead even if kept), then the cookie. */
export const signOutAction = definePublicFormAction({
  permission: permissions.public,
  input: z.object({}),
  run: async (_input, { account }): Promise<ActionResult> => {
    const sid = await getSessionId();
    if (account && sid) await endSession(account.id, sid);
    await signOut({ redirectTo: "/signin?signedOut=1" });
    return { ok: true };
  },
});
