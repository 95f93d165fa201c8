"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { administerAccount, inviteAccount } from "@/lib/team/manage";
import { permissions, ROLES } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { emailField, nameField } from "@/lib/validations/auth";
import { accountIdField } from "@/lib/accounts/fields";
import { absoluteUrl } from "@/lib/site-config";

const inviteSchema = z.object({
  name: nameField,
  email: emailField,
  role: z.enum(ROLES).exclude(["owner"]),
});
const changeSchema = z.object({
  // The same id rule as the backup import (lib/accounts/fields.ts).
  id: accountIdField,
  op: z.enum(["role", "deactivate", "activate", "reset"]),
  role: z.enum(ROLES).exclude(["owner"]).optional(),
});

/**
 * The one-time link, on the site's configured address (SITE_URL): never built from the request's
 * Host or X-Forwarded-Proto, which a client or a misconfigured proxy could set.
 */
const linkFor = (token: string) => absoluteUrl(`/invite/${token}`);

/** Creates an account and returns a one-time link the new mentor uses to set a password. */
export const inviteAction = defineFormAction({
  permission: permissions.manageAccounts,
  input: inviteSchema,
  run: async (input): Promise<ActionResult<{ link?: string }>> => {
    const { account, token } = await inviteAccount(input);
    revalidatePath("/admin/accounts");
    return {
      ok: true,
      link: linkFor(token),
      message: `Account created for ${account.email}. Send them the link below (valid 7 days).`,
    };
  },
});

/** Role changes, deactivation and password resets: they apply on the account's next request. */
export const changeAccountAction = defineFormAction({
  permission: permissions.manageAccounts,
  input: changeSchema,
  run: async ({ id, op, role }, { account: actor }): Promise<ActionResult<{ link?: string }>> => {
    if (op === "role" && !role) return failure("Choose a role.");
    const { token } = await administerAccount(actor.id, id, {
      role: op === "role" ? role : undefined,
      active: op === "deactivate" ? false : op === "activate" ? true : undefined,
      resetPassword: op === "reset",
    });
    revalidatePath("/admin/accounts");
    if (token)
      return {
        ok: true,
        link: linkFor(token),
        message: "Password reset. Their sessions ended; send them this link (valid 2 days).",
      };
    return {
      ok: true,
      message:
        op === "role"
          ? "Role changed."
          : op === "deactivate"
            ? "Account deactivated and signed out."
            : "Account reactivated.",
    };
  },
});
