"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { historyAuthor } from "@/lib/history/git";
import { restorePostVersion } from "@/lib/content/restore-post";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { slugField } from "@/lib/content/post-form";

const restoreSchema = z.object({
  slug: slugField,
  format: z.enum(["md", "mdx"]),
  commit: z.string().regex(/^[0-9a-f]{40}\^?$/),
  version: z.string().max(64).optional(),
});

/**
 * Restores an older version of a post, or a deleted post, as a new change in its history. Which
 * versions belong to the post (by its id) and who may restore them is decided in
 * lib/content/restore-post.ts, on the version as well as on the post now at the address.
 */
export const restoreAction = defineFormAction({
  permission: permissions.restorePosts,
  input: restoreSchema,
  invalid: "That version cannot be restored.",
  run: async (input, { account }) => {
    const { versionDate } = await restorePostVersion(account, historyAuthor(account), input);
    refreshPublicSite();
    // A restored version: back to its history, which says what was done. A deleted post: its editor.
    if (versionDate)
      redirect(`/admin/posts/${input.slug}/history?restored=${encodeURIComponent(versionDate)}`);
    redirect(`/admin/posts/${input.slug}`);
  },
});
