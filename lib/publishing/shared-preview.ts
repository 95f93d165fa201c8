import "server-only";
import { can } from "@/lib/accounts/roles";
import { findAccount, readAccounts } from "@/lib/accounts/store";
import { accessOf, findPostById } from "@/lib/content/admin-queries";
import type { Post } from "@/lib/content/types";
import type { ShareLinkView } from "./share-link-view";
import { findShareLink, listShareLinks, type ShareLink } from "./share-links";

/**
 * What the public preview page may show for a token: the post the link was made for, found by its
 * permanent id. Unknown, revoked and expired links, and links whose post is gone, give nothing,
 * even if another post has since taken the old slug. A link is worth only its maker's rights,
 * checked at every view: once the maker is deactivated, deleted, or may no longer edit the post
 * (demoted, or the post given to another author), the link opens nothing.
 */
export async function openSharedPreview(
  token: string,
  now = new Date(),
): Promise<{ post: Post; link: ShareLink } | undefined> {
  const link = await findShareLink(token, now);
  const post = link ? findPostById(link.postId) : undefined;
  if (!link || !post) return undefined;
  const maker = await findAccount(link.createdBy);
  if (!maker?.active || !can.editPost(maker, accessOf(post))) return undefined;
  return { post, link };
}

/** A post's live links, with the name of the mentor who made each. */
export async function shareLinksForEditor(
  postId: string,
  now = new Date(),
): Promise<ShareLinkView[]> {
  const links = await listShareLinks(postId, now);
  if (links.length === 0) return [];
  const names = new Map((await readAccounts()).map((account) => [account.id, account.name]));
  return links.map((link) => ({
    id: link.id,
    createdBy: names.get(link.createdBy) ?? "a former account",
    expiresAt: link.expiresAt,
  }));
}
