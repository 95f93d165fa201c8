"use server";

import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { z } from "zod";
import { can, permissions } from "@/lib/accounts/roles";
import { defineAction, defineFormAction, FORBIDDEN } from "@/lib/actions/define";
import type { Account } from "@/lib/accounts/types";
import { failure, type ActionResult } from "@/lib/actions/result";
import { accessOf, findAnyPost, visibleTo } from "@/lib/content/admin-queries";
import { frontMatterFromForm } from "@/lib/content/fields";
import { parsePost, readFrontMatter } from "@/lib/content/parse-post";
import { isPublic, postStatus, type PostStatus } from "@/lib/content/status";
import { applyIntent } from "@/lib/content/workflow";
import type { PostFormat } from "@/lib/content/types";
import { withSaveSlot } from "@/lib/content/save-limits";
import {
  deletePostFile,
  POST_GONE,
  POST_UNAVAILABLE,
  PostGone,
  PostReplaced,
  writePost,
} from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { ContentConflict } from "@/lib/content/content-error";
import { historyAuthor } from "@/lib/history/git";
import { renderPreview } from "@/components/mdx/render-preview";
import { deleteShareLinksForPost } from "@/lib/publishing/share-links";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { checkReviewNote, recordReviewStep } from "@/lib/publishing/review-steps";
import type { ReviewThread } from "@/lib/publishing/review-thread";
import { reviewThreadFor } from "@/lib/publishing/review-view";
import {
  MAX_BODY_LENGTH,
  postFormSchema,
  type PostForm,
  slugField,
  type PostIntent,
} from "@/lib/content/post-form";
import { editorFieldsOf } from "@/lib/admin/editor-fields";
import type { EditorFields } from "@/lib/admin/editor-types";

/**
 * The newer saved version a save ran into, read by the server. `fields` (absent when its front
 * matter does not parse) let the editor merge; `version` is what the merged save must then carry.
 */
export type ConflictVersion = {
  version: string;
  source: string;
  fields?: EditorFields;
  status?: PostStatus;
};

export type SavePostResult = ActionResult<{
  slug: string;
  version: string;
  status: PostStatus;
  /** The post's date (ISO): the editor says when a scheduled post goes out, in the mentor's zone. */
  date: string;
  review: ReviewThread;
}> & {
  conflict?: ConflictVersion;
};

const DONE: Record<PostIntent, string> = {
  save: "Draft saved.",
  submit: "Submitted for review. An editor will publish it.",
  publish: "Published. Readers can see it now.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: it is a draft again and hidden from readers.",
  update: "Changes saved.",
  approve: "Approved and published. Readers can see it now.",
  sendBack: "Sent back to the author with your note. It is a draft again.",
  withdraw: "Withdrawn from review: it is a draft again.",
  reschedule: "Rescheduled.",
  unschedule: "Unscheduled: it is a draft again and will not go out.",
};

/** A draft saved with a writing mistake (lib/content/write.ts), then the mistake and its line. */
const DRAFT_WITH_PROBLEM = "Draft saved, but it cannot be published until this is fixed:";

const HISTORY_VERB: Record<PostIntent, string> = {
  save: "Save draft",
  submit: "Submit for review",
  publish: "Publish",
  schedule: "Schedule",
  unpublish: "Unpublish",
  update: "Update",
  approve: "Approve and publish",
  sendBack: "Send back",
  withdraw: "Withdraw from review",
  reschedule: "Reschedule",
  unschedule: "Unschedule",
};

/**
 * Saves the editor's form. Every intent re-checks ownership; the file is validated before it is
 * written, and a version mismatch is reported as a conflict. One save per account runs at a time
 * (lib/content/save-limits.ts); contributors and authors also have a rate. Editors and owners,
 * who may change or delete every post anyway, have none: only one save at a time.
 */
export const savePostAction = defineFormAction({
  permission: permissions.writePosts,
  input: postFormSchema,
  run: async (input, { account }): Promise<SavePostResult> =>
    withSaveSlot(account.id, { rateLimited: !can.editAnyPost(account) }, () =>
      savePost(input, account),
    ),
});

async function savePost(input: PostForm, account: Account): Promise<SavePostResult> {
  const mayEditAll = can.editAnyPost(account);
  const original = input.originalSlug ? findAnyPost(input.originalSlug) : undefined;
  // A file that does not validate (no `original`) can still be fixed, but only by an editor. A
  // mentor who sees only their own posts gets one answer for a missing post and for someone
  // else's, so saving cannot be used to find out which draft addresses exist.
  if (input.originalSlug && !mayEditAll && !(original && visibleTo(account, original)))
    return failure(POST_UNAVAILABLE);
  const file = input.originalSlug ? await readPostFile(input.originalSlug) : undefined;
  if (input.originalSlug && !file) return failure(mayEditAll ? POST_GONE : POST_UNAVAILABLE);
  const before = original ? postStatus(original) : undefined;
  const access = original ? accessOf(original) : { authorId: account.authorId, published: false };
  if (!can.editPost(account, access)) return failure(FORBIDDEN);

  const authorId = can.assignAuthor(account)
    ? input.author || original?.author.id || account.authorId
    : (original?.author.id ?? account.authorId);
  const step = applyIntent({
    intent: input.intent,
    autosave: Boolean(input.autosave),
    before: original && before ? { ...original, status: before } : undefined,
    date: input.date,
    actor: account,
    authorId,
    now: new Date(),
  });
  if (!step.ok) return failure(step.message, step.fieldErrors);
  const { draft, review, date } = step;
  // Refused before anything is written: a missing note, or no room for one.
  await checkReviewNote(input.intent, input.note, original?.id);

  // The form's fields as the registry writes them (lib/content/fields.ts); the date, the flags
  // and the author are the server's to decide.
  const data = frontMatterFromForm(input, {
    previous: file?.data,
    decided: { date: date.toISOString(), author: authorId, draft, review: draft && review },
  });
  try {
    const { post, version, warning } = await writePost({
      slug: input.slug,
      previousSlug: input.originalSlug || undefined,
      expectedVersion: input.originalSlug ? input.version : undefined,
      // The post the rights above were checked on: another put at its address meanwhile is refused.
      expectedId: original?.id,
      overwrite: input.overwrite === "1",
      data,
      body: input.body,
      change: {
        who: historyAuthor(account),
        message: `${HISTORY_VERB[input.intent]}: ${input.title}`,
      },
      actorAuthorId: account.authorId,
    });
    const after = postStatus(post);
    if (isPublic(before) || isPublic(after)) refreshPublicSite();
    if (post.id) {
      const step = { postId: post.id, accountId: account.id, intent: input.intent, before, after };
      await recordReviewStep({ ...step, note: input.note });
    }
    // A scheduled post's time is said by the editor, in the mentor's own time zone.
    const message = warning
      ? `${DRAFT_WITH_PROBLEM} ${warning}`
      : input.autosave
        ? "Saved."
        : after === "scheduled" && input.intent !== "update" && input.intent !== "reschedule"
          ? "Scheduled."
          : DONE[input.intent];
    // The saved post as the content index resolves it (its byline decides who reads the notes).
    const thread = await reviewThreadFor(account, findAnyPost(post.slug) ?? post);
    const saved = { slug: post.slug, version, status: after, date: post.date.toISOString() };
    return { ok: true, message, ...saved, review: thread };
  } catch (error) {
    if (!mayEditAll && (error instanceof PostGone || error instanceof PostReplaced))
      return failure(POST_UNAVAILABLE);
    if (error instanceof ContentConflict) {
      const slug = input.originalSlug || input.slug;
      const format = file?.format ?? "mdx";
      // The newer text only goes to a mentor who may edit the post as it is now (it may have been
      // reassigned or published since the rights above were checked).
      if (!mayEditAll && !mayEditVersion(account, slug, format, error.current.source))
        return failure(POST_UNAVAILABLE);
      const conflict = conflictVersion(slug, format, error.current, authorId);
      return { ok: false, message: error.message, conflict };
    }
    throw error;
  }
}

/** Whether the mentor may edit a post file's text as it is: a file that does not parse, never. */
function mayEditVersion(account: Account, slug: string, format: PostFormat, source: string) {
  try {
    const post = parsePost({ slug, file: `posts/${slug}.${format}`, format, source });
    return can.editPost(account, accessOf(post));
  } catch {
    return false;
  }
}

function conflictVersion(
  slug: string,
  format: PostFormat,
  current: { version: string; source: string },
  authorId: string,
): ConflictVersion {
  const raw = { slug, file: `posts/${slug}.${format}`, format, source: current.source };
  try {
    const { data, body } = readFrontMatter(raw);
    // The author as the editor shows it: resolved by the content index, like editorProps.
    const fields = editorFieldsOf({ slug, data, body }, findAnyPost(slug)?.author.id ?? authorId);
    let status: PostStatus | undefined;
    try {
      status = postStatus(parsePost(raw));
    } catch {
      // Front matter that parses but does not validate: merge the text, keep the editor's status.
    }
    return { ...current, fields, status };
  } catch {
    return current;
  }
}

const deleteSchema = z.object({
  slug: slugField,
  version: z.string().max(64).default(""),
  confirm: z.literal("delete"),
});

/** Deletes a post the mentor may delete; history keeps it restorable. */
export const deletePostAction = defineFormAction({
  permission: permissions.writePosts,
  input: deleteSchema,
  // The form's only visible field is the confirmation.
  invalid: "Confirm that you want to delete this post.",
  run: async ({ slug, version }, { account }) => {
    const post = findAnyPost(slug);
    if (post ? !can.deletePost(account, accessOf(post)) : !can.editAnyPost(account))
      return failure(FORBIDDEN);
    try {
      await deletePostFile(slug, version, historyAuthor(account));
    } catch (error) {
      if (error instanceof ContentConflict)
        return failure("This post changed since you opened it. Reload before deleting.");
      throw error;
    }
    // Its share links die with it. The preview page also checks that the post still exists, so
    // a failure here only leaves dead records, which expire within 48 hours.
    if (post?.id) await deleteShareLinksForPost(post.id).catch((e: unknown) => console.error(e));
    if (!post || isPublic(postStatus(post))) refreshPublicSite();
    // The editor's own page no longer exists: go to the list, which says what happened.
    redirect("/admin?deleted=1");
  },
});

export type PreviewResult =
  { ok: true; content: ReactElement } | { ok: false; message: string; line?: number };

/** Renders the editor's body with exactly the public page's pipeline; errors come with their line. */
export const previewAction = defineAction({
  permission: permissions.writePosts,
  input: z.object({
    body: z.string().max(MAX_BODY_LENGTH, "The post is too long to preview."),
    format: z.enum(["md", "mdx"]).default("mdx"),
  }),
  // Within the render budget and the per-account preview rate (components/mdx/render-preview.ts).
  run: async ({ body, format }, { account }): Promise<PreviewResult> =>
    renderPreview(body, format, account.id),
});
