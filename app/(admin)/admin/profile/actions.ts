"use server";

import { z } from "zod";
import { AccountError, changeOwnPassword, renameAccount } from "@/lib/accounts/manage";
import { verifyPassword } from "@/lib/accounts/passwords";
import { failure, invalidInput, type ActionResult } from "@/lib/actions/result";
import { writeAuthorProfile } from "@/lib/content/author-write";
import { getSessionId } from "@/lib/auth/current-user";
import { withAccount } from "@/lib/auth/guard";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { nameField, newPasswordSchema } from "@/lib/validations/auth";
import { siteImageField } from "@/lib/validations/post";

const linkLine = z.object({
  label: z.string().trim().min(1).max(40),
  url: z.url({ protocol: /^(https?|mailto)$/ }),
});

const profileSchema = z.object({
  name: nameField,
  bio: z.string().trim().max(2000, "Use at most 2,000 characters."),
  avatar: siteImageField,
  links: z
    .string()
    .max(2000)
    .transform((text, ctx) =>
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [label = "", url = ""] = line.split("|").map((part) => part.trim());
          const parsed = linkLine.safeParse({ label, url });
          if (!parsed.success)
            ctx.addIssue({
              code: "custom",
              message: `"${line}" should look like: Website | https://example.com`,
            });
          return { label, url };
        }),
    ),
});

/** Each mentor edits their own public author page (content/authors/<id>.md). */
export async function updateProfileAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return withAccount("contributor", async (account) => {
    const parsed = profileSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    const { name, bio, avatar, links } = parsed.data;
    await writeAuthorProfile(
      account.authorId,
      { name, bio, avatar: avatar || undefined, links },
      { name: account.name, email: account.email },
    );
    if (name !== account.name) await renameAccount(account.id, name);
    refreshPublicSite();
    return { ok: true, message: "Profile saved." };
  });
}

/** Needs the current password; ends every other session of this account. */
export async function changePasswordAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return withAccount("contributor", async (account) => {
    const current = String(form.get("current") ?? "");
    if (!(await verifyPassword(account.passwordHash, current))) {
      return failure("Your current password is not correct.", { current: ["Not correct."] });
    }
    const parsed = newPasswordSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      await changeOwnPassword(account.id, await getSessionId(), parsed.data.password);
    } catch (error) {
      if (error instanceof AccountError) return failure(error.message);
      throw error;
    }
    return { ok: true, message: "Password changed. You were signed out everywhere else." };
  });
}
