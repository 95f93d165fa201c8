import "server-only";
import { can, type Actor } from "@/lib/accounts/roles";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { ContentError } from "@/lib/content/content-error";
import { getContentIndex, resolveByline } from "@/lib/content/load";
import { parsePost } from "@/lib/content/parse-post";
import { postIdOf } from "@/lib/content/post-id";
import { isPublic, postStatus } from "@/lib/content/status";
import type { Post, PostFormat } from "@/lib/content/types";
import { RESTORE_REFUSED, restorePostSource } from "@/lib/content/write";
import { readPostFile } from "./post-file";
import { ContentConflict, ContentWriteError } from "./content-error";
import { fileAt, type Who } from "@/lib/history/git";
import { postRevisions } from "@/lib/content/post-history";
import { restoreNote } from "./history-entry";

/** Refusals of a restore, in the mentor's words (with RESTORE_REFUSED from write.ts). */
export const RESTORE_MESSAGES = {
  ...RESTORE_REFUSED,
  notInHistory: "That version is not in the history.",
  gone: "This post no longer exists: it may have been deleted.",
  notYours: "You can only restore versions of your own posts.",
  published: "Your role cannot restore a published version.",
  changed: "The post changed since you opened its history. Reload and try again.",
};

const refuse = (message: string): never => {
  throw new ContentWriteError(message);
};

export type RestoreInput = {
  slug: string;
  format: PostFormat;
  /** A commit of the post's history, or `<deletion commit>^` for a deleted post. */
  commit: string;
  /** The current file's version, when restoring over it. */
  version?: string;
};

/**
 * Restores a version of a post (from its history page) or a deleted post (from the deleted posts
 * page) as a new change. The version must belong to the post now at that address (its history
 * follows the post's id), and the mentor must be allowed both on the post now and on the version:
 * its author then, and whether it was public (restoring a public version is publishing).
 */
export async function restorePostVersion(
  actor: Actor,
  who: Who,
  input: RestoreInput,
): Promise<{ slug: string; versionDate?: string }> {
  const deleted = input.commit.endsWith("^");
  const current = await readPostFile(input.slug);
  const currentPost = findAnyPost(input.slug);
  const nowAccess = currentPost ? accessOf(currentPost) : undefined;
  const editsNow = nowAccess ? can.editPost(actor, nowAccess) : !current || can.editAnyPost(actor);
  // Rights on the post now come first: walking its history reads many versions, and nobody who
  // may not edit the post gets to make the server do that.
  if (!deleted && !editsNow) refuse(RESTORE_MESSAGES.notYours);
  let path = `posts/${input.slug}.${input.format}`;
  let versionDate: string | undefined;
  if (deleted) {
    // A deleted post: the commit after this one removed the file.
    if ((await fileAt(input.commit.slice(0, -1), path)) !== undefined)
      refuse(RESTORE_MESSAGES.notInHistory);
  } else {
    if (!current) refuse(RESTORE_MESSAGES.gone);
    const currentPath = `posts/${input.slug}.${current!.format}`;
    const currentId = postIdOf(current!.source);
    const own = await postRevisions(
      { path: currentPath, id: currentId === "invalid" ? undefined : currentId },
      undefined,
      input.commit,
    );
    const revision = own.find((r) => r.commit === input.commit);
    if (!revision) {
      // In the history of this address but not of this post: another post that had the slug.
      const atAddress = await fileAt(input.commit, currentPath);
      refuse(atAddress === undefined ? RESTORE_MESSAGES.notInHistory : RESTORE_MESSAGES.otherPost);
    }
    path = revision!.path;
    versionDate = revision!.date;
  }
  const source = await fileAt(input.commit, path);
  if (source === undefined) return refuse(RESTORE_MESSAGES.notInHistory);
  const versionId = postIdOf(source);
  if (versionId === "invalid") return refuse(RESTORE_MESSAGES.unreadable);
  if (deleted && current) {
    refuse(
      versionId !== undefined && versionId === postIdOf(current.source)
        ? RESTORE_MESSAGES.notDeleted
        : RESTORE_MESSAGES.taken(input.slug),
    );
  }

  let old: Post;
  try {
    old = parsePost({ slug: input.slug, file: path, format: input.format, source });
  } catch (error) {
    if (error instanceof ContentError) return refuse(RESTORE_MESSAGES.unreadable);
    throw error;
  }
  // The version's author as bylines resolve now: by account id, never by a display name.
  const versionAccess = accessOf({
    ...old,
    author: resolveByline(old.author.name, getContentIndex().authors),
  });
  if (!editsNow || !can.editPost(actor, versionAccess)) refuse(RESTORE_MESSAGES.notYours);
  const wasPublic = isPublic(postStatus(old));
  if (
    wasPublic &&
    !(can.publishPost(actor, versionAccess) && (!nowAccess || can.publishPost(actor, nowAccess)))
  ) {
    refuse(RESTORE_MESSAGES.published);
  }
  try {
    await restorePostSource({
      slug: input.slug,
      format: current?.format ?? input.format,
      source,
      expectedVersion: current ? input.version : undefined,
      change: {
        who,
        // The history names the change from this note: "Restored a version from 2 Dec, 10:14".
        message: restoreNote(input.slug, versionDate ? { date: versionDate } : "deleted"),
      },
    });
  } catch (error) {
    if (error instanceof ContentConflict) refuse(RESTORE_MESSAGES.changed);
    throw error;
  }
  return { slug: input.slug, versionDate };
}
