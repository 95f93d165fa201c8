import "server-only";
import { can } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { accessOf, findAnyPost, listAuthorsForAdmin } from "@/lib/content/admin-queries";
import { getAllTagsForAdmin } from "@/lib/content";
import { postStatus } from "@/lib/content/status";
import { ContentWriteError, readPostFile, type PostFile } from "@/lib/content/write";
import { isValidSlug } from "@/lib/content/paths";
import { atLeast } from "@/lib/accounts/roles";
import { listMedia } from "@/lib/media/store";
import { editorFieldsOf } from "./editor-fields";
import type { EditorProps } from "./editor-types";

/** Everything the editor needs for one post (or a new one), shaped for the client. */
export async function editorProps(account: Account, file?: PostFile): Promise<EditorProps> {
  const post = file ? findAnyPost(file.slug) : undefined;
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
    canAssignAuthor: can.assignAuthor(account),
    canDelete: can.deletePost(account, access),
    authors: listAuthorsForAdmin(),
    tagNames: getAllTagsForAdmin().map((tag) => tag.name),
    media: (await listMedia()).map((item) => item.url),
    fileError: file && !post ? "fix the highlighted fields and save" : undefined,
  };
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
  const allowed = post ? can.editPost(account, accessOf(post)) : atLeast(account.role, "editor");
  return allowed ? file : undefined;
}
