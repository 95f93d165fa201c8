"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { AccountError, administerAccount, inviteAccount } from "@/lib/accounts/manage";
import { ROLES } from "@/lib/accounts/roles";
import { failure, invalidInput, type ActionResult } from "@/lib/actions/result";
import { withAccount } from "@/lib/auth/guard";
import { emailField, nameField } from "@/lib/validations/auth";

const inviteSchema = z.object({
  name: nameField,
  email: emailField,
  role: z.enum(ROLES).exclude(["owner"]),
});
const changeSchema = z.object({
  id: z.string().uuid(),
  op: z.enum(["role", "deactivate", "activate", "reset"]),
  role: z.enum(ROLES).exclude(["owner"]).optional(),
});

async function linkFor(token: string): Promise<string> {
  const host = (await headers()).get("host") ?? "localhost:3000";
  const proto = (await headers()).get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}/invite/${token}`;
}

/** Creates an account and returns a one-time link the new mentor uses to set a password. */
export async function inviteAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult<{ link?: string }>> {
  return withAccount("admin", async () => {
    const parsed = inviteSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      const { account, token } = await inviteAccount(parsed.data);
      revalidatePath("/admin/accounts");
      return {
        ok: true,
        link: await linkFor(token),
        message: `Account created for ${account.email}. Send them the link below (valid 7 days).`,
      };
    } catch (error) {
      if (error instanceof AccountError) return failure(error.message);
      throw error;
    }
  });
}

/** Role changes, deactivation and password resets: they apply on the account's next request. */
export async function changeAccountAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult<{ link?: string }>> {
  return withAccount("admin", async (actor) => {
    const parsed = changeSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    const { id, op, role } = parsed.data;
    if (op === "role" && !role) return failure("Choose a role.");
    try {
      const { token } = await administerAccount(actor.id, id, {
        role: op === "role" ? role : undefined,
        active: op === "deactivate" ? false : op === "activate" ? true : undefined,
        resetPassword: op === "reset",
      });
      revalidatePath("/admin/accounts");
      if (token)
        return {
          ok: true,
          link: await linkFor(token),
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
    } catch (error) {
      if (error instanceof AccountError) return failure(error.message);
      throw error;
    }
  });
}
