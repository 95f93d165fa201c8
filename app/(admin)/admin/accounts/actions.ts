"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { administerAccount, inviteAccount } from "@/lib/team/manage";
import { createResetLink, reissueInvitation, revokeInvitation } from "@/lib/team/links";
import { LINK_LIFETIME_MS } from "@/lib/accounts/store";
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
const invitationSchema = z.object({ id: accountIdField, op: z.enum(["revoke", "reissue"]) });

type LinkResult = ActionResult<{ link?: string; until?: string }>;

/**
 * A one-time link, on the site's configured address (SITE_URL): never built from the request's
 * Host or X-Forwarded-Proto, which a client or a misconfigured proxy could set. Reset links have
 * their own page (/reset) so the mentor reads "choose a new password", not "welcome".
 */
function withLink(kind: "invite" | "reset", token: string, message: string): LinkResult {
  return {
    ok: true,
    link: absoluteUrl(`/${kind}/${token}`),
    // Shown beside the link in the mentor's own time zone (OneTimeLink).
    until: new Date(Date.now() + LINK_LIFETIME_MS[kind]).toISOString(),
    message: `${message} It works once. Copy it now: for security it is shown only this once.`,
  };
}

/** Creates an account and returns a one-time link the new mentor uses to set a password. */
export const inviteAction = defineFormAction({
  permission: permissions.manageAccounts,
  input: inviteSchema,
  run: async (input, { account: actor }): Promise<LinkResult> => {
    const { account, token } = await inviteAccount(input, actor.id);
    revalidatePath("/admin/accounts");
    return withLink(
      "invite",
      token,
      `Invitation created for ${account.email}. Send them this link yourself (by email or chat).`,
    );
  },
});

/** Revoking or re-issuing a pending invitation; a re-issued link replaces the old one. */
export const invitationAction = defineFormAction({
  permission: permissions.manageAccounts,
  input: invitationSchema,
  run: async ({ id, op }, { account: actor }): Promise<LinkResult> => {
    if (op === "revoke") {
      const email = await revokeInvitation(actor.id, id);
      revalidatePath("/admin/accounts");
      return { ok: true, message: `Invitation for ${email} revoked. Its link no longer works.` };
    }
    const token = await reissueInvitation(actor.id, id);
    revalidatePath("/admin/accounts");
    return withLink(
      "invite",
      token,
      "New invitation link created; the previous one no longer works.",
    );
  },
});

/** Role changes, deactivation and reset links: they apply on the account's next request. */
export const changeAccountAction = defineFormAction({
  permission: permissions.manageAccounts,
  input: changeSchema,
  run: async ({ id, op, role }, { account: actor }): Promise<LinkResult> => {
    if (op === "reset") {
      const token = await createResetLink(actor.id, id);
      revalidatePath("/admin/accounts");
      return withLink(
        "reset",
        token,
        "Password reset link created. Their password stays the same until they use it.",
      );
    }
    if (op === "role" && !role) return failure("Choose a role.");
    await administerAccount(actor.id, id, {
      role: op === "role" ? role : undefined,
      active: op === "deactivate" ? false : op === "activate" ? true : undefined,
    });
    revalidatePath("/admin/accounts");
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
