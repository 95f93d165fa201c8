"use server";

import { z } from "zod";
import { can, permissions } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { defineAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { accessOf, findAnyPost, findPostById } from "@/lib/content/admin-queries";
import { addIdToSource, POST_ID_PATTERN } from "@/lib/content/post-id";
import { ensurePostId } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { historyAuthor } from "@/lib/history/git";
import type { ShareLinkView } from "@/lib/publishing/share-link-view";
import { createShareLink, revokeShareLink } from "@/lib/publishing/share-links";
import { shareLinksForEditor } from "@/lib/publishing/shared-preview";
import { slugField } from "@/lib/content/post-form";

/**
 * Share-preview links (lib/publishing/share-links.ts). Making, listing and revoking a post's links
 * takes edit rights on that post; a post the mentor may not edit looks the same as a missing one.
 */

const postIdField = z.string().regex(POST_ID_PATTERN, "This is not a post.");

const mayEdit = (account: Account, post: ReturnType<typeof findAnyPost>) =>
  Boolean(post && can.editPost(account, accessOf(post)));

type LinksResult = ActionResult<{ links: ShareLinkView[] }>;

/**
 * Gives a post saved before ids existed its id. When that line was the file's only change, the
 * editor is told the version before and after, so its next save does not look like a conflict.
 */
async function giveId(slug: string, account: Account) {
  const before = await readPostFile(slug);
  const id = await ensurePostId(slug, historyAuthor(account));
  const after = await readPostFile(slug);
  const onlyTheId = before && after && addIdToSource(before.source, id) === after.source;
  return { id, idAdded: onlyTheId ? { before: before.version, after: after.version } : undefined };
}

/**
 * Makes a link to the post now at `slug`. The editor also sends the post id it was opened with,
 * so a post deleted and replaced at the same slug meanwhile is not shared by mistake. A post saved
 * before ids existed gets its id here.
 */
export const createShareLinkAction = defineAction({
  permission: permissions.writePosts,
  input: z.object({ slug: slugField, postId: postIdField.optional() }),
  allows: (account, { slug }) => mayEdit(account, findAnyPost(slug)),
  run: async (
    { slug, postId },
    { account },
  ): Promise<
    ActionResult<{
      url: string;
      postId: string;
      links: ShareLinkView[];
      idAdded?: { before: string; after: string };
    }>
  > => {
    const post = findAnyPost(slug);
    if (!post) return failure("This post no longer exists: it may have been deleted.");
    if (postId && post.id !== postId)
      return failure("This post was deleted or replaced since you opened it. Reload the page.");
    const { id, idAdded } = post.id
      ? { id: post.id, idAdded: undefined }
      : await giveId(post.slug, account);
    const { token } = await createShareLink(id, account.id);
    return {
      ok: true,
      message: "Preview link made. It works for 48 hours.",
      url: `/preview/${token}`,
      postId: id,
      idAdded,
      links: await shareLinksForEditor(id),
    };
  },
});

/** Revokes one link of one post; the editor asks for confirmation first. */
export const revokeShareLinkAction = defineAction({
  permission: permissions.writePosts,
  input: z.object({ postId: postIdField, linkId: z.uuid("This is not a share link.") }),
  allows: (account, { postId }) => mayEdit(account, findPostById(postId)),
  run: async ({ postId, linkId }): Promise<LinksResult> => {
    const revoked = await revokeShareLink(postId, linkId);
    return {
      ok: true,
      message: revoked
        ? "Link revoked: it no longer opens this post."
        : "That link had already been revoked or had expired.",
      links: await shareLinksForEditor(postId),
    };
  },
});
