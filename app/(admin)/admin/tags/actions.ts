"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/actions/result";
import { createTag, deleteTag, describeTag, mergeTags, renameTag } from "@/lib/content/tag-admin";
import { withAccount } from "@/lib/auth/guard";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { slugField } from "@/lib/validations/post";

const name = z.string().trim().min(1, "Enter a tag name.").max(60, "Use at most 60 characters.");
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
export async function tagAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await withAccount("editor", async (account) => {
    const who = { name: account.name, email: account.email };
    const parsed = tagFormSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    const input = parsed.data;
    let message: string;
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
        const { posts } = await renameTag(input.slug, input.name, who);
        message = `Renamed to "${input.name}" in ${posts} post${posts === 1 ? "" : "s"}. The old address redirects.`;
        break;
      }
      case "merge": {
        const posts = await mergeTags(input.slug, input.into, who);
        message = `Merged: ${posts} post${posts === 1 ? "" : "s"} moved. The old address redirects.`;
        break;
      }
      case "delete": {
        const posts = await deleteTag(input.slug, who);
        message = `Tag deleted and removed from ${posts} post${posts === 1 ? "" : "s"}.`;
        break;
      }
      default:
        return failure("Unknown operation.");
    }
    refreshPublicSite();
    return { ok: true, message };
  });
  // Rename, merge and delete remove the tag's own row (and its form): report on the page instead.
  if (result.ok && ["rename", "merge", "delete"].includes(String(form.get("op")))) {
    redirect(`/admin/tags?notice=${encodeURIComponent(result.message ?? "Done.")}`);
  }
  return result;
}
