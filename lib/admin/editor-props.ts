import "server-only";
import { can } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import {
  accessOf,
  findAnyPost,
  listAuthorsForAdmin,
  listTagsForAdmin,
} from "@/lib/content/admin-queries";
import { postStatus } from "@/lib/content/status";
import { readPostFile, type PostFile } from "@/lib/content/post-file";
import { ContentWriteError } from "@/lib/content/content-error";
import { isValidSlug } from "@/lib/data/slug";
import { listMedia } from "@/lib/media/store";
import { mediaUsage } from "@/lib/media/usage";
import { shareLinksForEditor } from "@/lib/publishing/shared-preview";
import { reviewThreadFor } from "@/lib/publishing/review-view";
import { editorFieldsOf } from "@/lib/admin/editor-fields";
import type { EditorProps } from "@/lib/admin/editor-types";

/**
 * Everything the editor needs for one post (or a new one), shaped for the client, and no more than
 * this mentor may see: everything the client gets is readable in the page, shown or not. Authors
 * and contributors get tags and images only from published posts and their own, and no bylines
 * but their own (only editors pick authors).
 */
export async function editorProps(account: Account, file?: PostFile): Promise<EditorProps> {
  const post = file ? findAnyPost(file.slug) : undefined;
  const canAssignAuthor = can.assignAuthor(account);
  const initial = editorFieldsOf(
    { slug: file?.slug ?? "", data: file?.data ?? {}, body: file?.body ?? "" },
    post?.author.id ?? account.authorId,
  );
  const access = post ? accessOf(post) : { authorId: account.authorId, published: false };
  return {
    initial,
    originalSlug: file?.slug,
    version: file?.version,
    status: post ? postStatus(post) : file ? "draft" : undefined,
    canPublish: can.publishPost(account, access),
    canAssignAuthor,
    canDelete: can.deletePost(account, access),
    canRestoreDeleted: can.restoreDeletedPosts(account),
    authors: canAssignAuthor ? listAuthorsForAdmin(account) : [],
    tagNames: listTagsForAdmin(account).map((tag) => tag.name),
    media: await mediaFor(account),
    postId: post?.id,
    // Opening the editor already required edit rights on this post (loadEditablePost).
    shareLinks: post?.id ? await shareLinksForEditor(post.id) : [],
    review: post ? await reviewThreadFor(account, post) : { notes: [] },
    date: post?.date.toISOString(),
    fileError: file && !post ? "fix the highlighted fields and save" : undefined,
  };
}

/**
 * Uploaded images to suggest: every one for editors; for others their own uploads and images that
 * posts open to them use (an image in another mentor's draft can give the draft away).
 */
async function mediaFor(account: Account): Promise<string[]> {
  const items = await listMedia();
  if (can.editAnyPost(account)) return items.map((item) => item.url);
  const usage = mediaUsage(account);
  return items
    .filter((item) => item.uploaderId === account.id || usage(item.name).posts.length > 0)
    .map((item) => item.url);
}

/**
 * A post file this account may edit, or undefined: others' posts look the same as missing ones, so
 * there is no hint that a private draft exists.
 */
export async function loadEditablePost(
  account: Account,
  slug: string,
): Promise<PostFile | undefined> {
  // A link or other non-regular file is refused by readPostFile: it is a missing post here.
  const file = isValidSlug(slug)
    ? await readPostFile(slug).catch((error: unknown) => {
        if (error instanceof ContentWriteError) return undefined;
        throw error;
      })
    : undefined;
  if (!file) return undefined;
  const post = findAnyPost(slug);
  const allowed = post ? can.editPost(account, accessOf(post)) : can.editAnyPost(account);
  return allowed ? file : undefined;
}
