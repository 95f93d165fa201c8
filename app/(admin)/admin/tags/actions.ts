"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { MAX_TAG_LENGTH } from "@/lib/content/tag-list";
import { createTag, deleteTag, describeTag, mergeTags, renameTag } from "@/lib/content/tag-admin";
import { historyAuthor } from "@/lib/history/git";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { nameText } from "@/lib/validations/names";
import { slugField } from "@/lib/content/post-form";
import { tagNoticeHref } from "./notices";
import { pluralise } from "@/lib/format";

const name = nameText({ max: MAX_TAG_LENGTH, empty: "Enter a tag name." });
const description = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .optional()
  .default("");

const tagFormSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("create"), name, description }),
  z.object({ op: z.literal("describe"), slug: slugField, description }),
  z.object({ op: z.literal("rename"), slug: slugField, name }),
  z.object({ op: z.literal("merge"), slug: slugField, into: slugField }),
  z.object({
    op: z.literal("delete"),
    slug: slugField,
    confirm: z.literal("delete", { error: "Confirm the deletion." }),
  }),
]);

/** Every tag change: editors and up only, validated, then the public site is refreshed. */
export const tagAction = defineFormAction({
  permission: permissions.manageTags,
  input: tagFormSchema,
  run: async (input, { account }): Promise<ActionResult> => {
    const who = historyAuthor(account);
    let message: string;
    // Rename, merge and delete remove the tag's own row (and its form): report on the page instead.
    let notice: string | undefined;
    switch (input.op) {
      case "create":
        await createTag(input.name, input.description, who);
        message = `Tag "${input.name}" created.`;
        break;
      case "describe":
        await describeTag(input.slug, input.description, who);
        message = "Description saved.";
        break;
      case "rename": {
        const { slug, posts } = await renameTag(input.slug, input.name, who);
        message = `Renamed to "${input.name}" in ${pluralise(posts, "post")}. The old address redirects.`;
        notice = tagNoticeHref("renamed", posts, slug);
        break;
      }
      case "merge": {
        const posts = await mergeTags(input.slug, input.into, who);
        message = `Merged: ${pluralise(posts, "post")} moved. The old address redirects.`;
        notice = tagNoticeHref("merged", posts);
        break;
      }
      case "delete": {
        const posts = await deleteTag(input.slug, who);
        message = `Tag deleted and removed from ${pluralise(posts, "post")}.`;
        notice = tagNoticeHref("deleted", posts);
        break;
      }
      default:
        return failure("Unknown operation.");
    }
    refreshPublicSite();
    if (notice) redirect(notice);
    return { ok: true, message };
  },
});
