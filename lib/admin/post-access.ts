import "server-only";
import { can } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import type { PostFile } from "@/lib/content/post-file";
import { isPublished } from "@/lib/content/queries";
import { isValidSlug } from "@/lib/data/slug";
import { loadEditablePost } from "./editor-props";

/**
 * Why a mentor may not edit a post: whose it is, whether it is their own, and, for their own post
 * that is scheduled (approved, not yet public), when it goes public.
 */
export type PostRefusal = { title: string; author: string; own: boolean; scheduledFor?: string };

/**
 * A post as the editor opens it: its file when this mentor may edit it; a refusal when they may
 * not but readers can see the post anyway (so saying it exists tells nothing new); otherwise
 * nothing, exactly as for a post that does not exist. Another author's draft or scheduled post
 * must not be told apart from a missing one by probing slugs.
 */
export async function openPostForEditing(
  account: Account,
  slug: string,
): Promise<{ file: PostFile } | { refused: PostRefusal } | undefined> {
  const file = await loadEditablePost(account, slug);
  if (file) return { file };
  return refusalFor(account, slug);
}

/**
 * The refusal for a post this mentor may not edit, when readers can see it or it is their own
 * (a contributor's approved post, scheduled); else undefined.
 */
export function refusalFor(account: Account, slug: string): { refused: PostRefusal } | undefined {
  const post = isValidSlug(slug) ? findAnyPost(slug) : undefined;
  // Someone who could edit it but got no file (a link, an unreadable file): it is missing.
  if (!post || can.editPost(account, accessOf(post))) return undefined;
  const own = can.ownsPost(account, { authorId: post.author.id });
  const published = isPublished(post);
  // Someone else's unpublished post stays indistinguishable from a missing one.
  if (!published && !own) return undefined;
  const scheduledFor = published ? undefined : post.date.toISOString();
  return { refused: { title: post.title, author: post.author.name, own, scheduledFor } };
}
