"use server";

import { z } from "zod";
import { AccountError, changeOwnPassword } from "@/lib/team/manage";
import { MAX_PASSWORD_LENGTH } from "@/lib/validations/password-rules";
import { saveOwnProfile } from "@/lib/team/profile";
import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { failure, invalidInput } from "@/lib/actions/result";
import { getSessionId } from "@/lib/auth/current-user";
import { checkCurrentPassword } from "@/lib/auth/password-check";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { nameField, newPasswordSchema } from "@/lib/validations/auth";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters, nameText } from "@/lib/validations/names";
import { siteImageField } from "@/lib/content/post-form";

const linkLine = z.object({
  label: nameText({ max: 40, empty: "Give the link a label." }),
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
              message: hasControlCharacters(label)
                ? CONTROL_CHARACTER_MESSAGE
                : `"${line}" should look like: Website | https://example.com`,
            });
          return { label, url };
        }),
    ),
});

/**
 * Each mentor edits their own public author page (content/authors/<authorId>.md). The name must be
 * free among accounts (lib/team/profile.ts); the author id, which owns the posts, never changes.
 */
export const updateProfileAction = defineFormAction({
  permission: permissions.editOwnProfile,
  input: profileSchema,
  run: async ({ name, bio, avatar, links }, { account }) => {
    await saveOwnProfile(account, { name, bio, avatar: avatar || undefined, links });
    refreshPublicSite();
    return { ok: true, message: "Profile saved." };
  },
});

/** Needs the current password; ends every other session of this account. */
export const changePasswordAction = defineFormAction({
  permission: permissions.editOwnProfile,
  input: z.object({ current: z.string().max(MAX_PASSWORD_LENGTH).default("") }).passthrough(),
  run: async (input, { account }) => {
    // At most 5 wrong current passwords per 15 minutes (a stolen session must not get unlimited
    // guesses at the password itself).
    const refused = await checkCurrentPassword(account, input.current);
    if (refused)
      return failure(refused.message, refused.wrong ? { current: ["Not correct."] } : undefined);
    // The new password is checked only once the current one is right, as before.
    const parsed = newPasswordSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      await changeOwnPassword(account.id, await getSessionId(), parsed.data.password);
    } catch (error) {
      if (error instanceof AccountError) return failure(error.message);
      throw error;
    }
    return { ok: true, message: "Password changed. You were signed out everywhere else." };
  },
});
