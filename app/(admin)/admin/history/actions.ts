"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { atLeast, can } from "@/lib/accounts/roles";
import { failure, type ActionResult } from "@/lib/actions/result";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { getContentIndex, resolveByline } from "@/lib/content/load";
import { parsePost } from "@/lib/content/parse-post";
import { postStatus } from "@/lib/content/status";
import { ContentConflict, readPostFile, restorePostSource } from "@/lib/content/write";
import { withAccount, FORBIDDEN } from "@/lib/auth/guard";
import { fileAt } from "@/lib/history/git";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { slugField } from "@/lib/validations/post";

const restoreSchema = z.object({
  slug: slugField,
  format: z.enum(["md", "mdx"]),
  commit: z.string().regex(/^[0-9a-f]{40}\^?$/),
  version: z.string().max(64).optional(),
});

/** Restores an older version of a post, or a deleted post, as a new change in its history. */
export async function restoreAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const outcome = await withAccount("contributor", async (account) => {
    const parsed = restoreSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return failure("That version cannot be restored.");
    const { slug, format, commit, version } = parsed.data;
    const source = await fileAt(commit, `posts/${slug}.${format}`);
    if (source === undefined) return failure("That version is not in the history.");
    const current = findAnyPost(slug);
    const old = parsePost({ slug, file: `posts/${slug}.${format}`, format, source });
    // Whoever may edit the post now (or, for a deleted post, could edit it then) may restore it.
    const access = current
      ? accessOf(current)
      : accessOf({ ...old, author: resolveByline(old.author.name, getContentIndex().authors) });
    if (!can.editPost(account, access) && !atLeast(account.role, "editor"))
      return failure(FORBIDDEN);
    // Restoring a version that was public is publishing: it needs the right to publish.
    const wasPublic = ["published", "scheduled"].includes(postStatus(old));
    if (wasPublic && !can.publishPost(account, access))
      return failure("Your role cannot restore a published version.");
    const file = await readPostFile(slug);
    try {
      await restorePostSource({
        slug,
        format,
        source,
        expectedVersion: file ? version : undefined,
        change: {
          who: { name: account.name, email: account.email },
          message: `Restore ${slug} from ${commit.slice(0, 7)}`,
        },
      });
    } catch (error) {
      if (error instanceof ContentConflict)
        return failure("The post changed since you opened its history. Reload and try again.");
      throw error;
    }
    refreshPublicSite();
    return { ok: true, message: "Restored." };
  });
  if (outcome.ok) redirect(`/admin/posts/${String(form.get("slug"))}`);
  return outcome;
}
