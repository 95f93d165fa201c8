"use server";

import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { z } from "zod";
import { can, permissions } from "@/lib/accounts/roles";
import { defineAction, defineFormAction, FORBIDDEN } from "@/lib/actions/define";
import { failure, UserError, type ActionResult } from "@/lib/actions/result";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { parsePost, readFrontMatter } from "@/lib/content/parse-post";
import { isPublic, postStatus, type PostStatus } from "@/lib/content/status";
import { applyIntent } from "@/lib/content/workflow";
import type { PostFormat } from "@/lib/content/types";
import { ContentConflict, deletePostFile, readPostFile, writePost } from "@/lib/content/write";
import { renderPreview } from "@/lib/mdx/render-preview";
import { deleteShareLinksForPost } from "@/lib/publishing/share-links";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import {
  MAX_BODY_LENGTH,
  postFormSchema,
  slugField,
  type PostIntent,
} from "@/lib/validations/post";
import { editorFieldsOf } from "./_components/editor-fields";
import type { EditorFields } from "./_components/editor-types";

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

export type SavePostResult = ActionResult<{ slug: string; version: string; status: PostStatus }> & {
  conflict?: ConflictVersion;
};

const DONE: Record<PostIntent, string> = {
  save: "Draft saved.",
  submit: "Submitted for review. An editor will publish it.",
  publish: "Published. Readers can see it now.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: it is a draft again and hidden from readers.",
  update: "Changes saved.",
};

const HISTORY_VERB: Record<PostIntent, string> = {
  save: "Save draft",
  submit: "Submit for review",
  publish: "Publish",
  schedule: "Schedule",
  unpublish: "Unpublish",
  update: "Update",
};

/**
 * Saves the editor's form. Every intent re-checks ownership; the file is validated before it is
 * written, and a version mismatch is reported as a conflict.
 */
export const savePostAction = defineFormAction({
  permission: permissions.writePosts,
  input: postFormSchema,
  run: async (input, { account }): Promise<SavePostResult> => {
    const original = input.originalSlug ? findAnyPost(input.originalSlug) : undefined;
    const file = input.originalSlug ? await readPostFile(input.originalSlug) : undefined;
    if (input.originalSlug && !file)
      return failure("This post no longer exists: it may have been deleted.");
    if (input.originalSlug && !original) {
      // A file that does not validate can still be fixed, but only by an editor.
      if (!can.editAnyPost(account)) throw new UserError(FORBIDDEN);
    }
    const before = original ? postStatus(original) : undefined;
    const access = original ? accessOf(original) : { authorId: account.authorId, published: false };
    if (!can.editPost(account, access)) return failure(FORBIDDEN);

    const authorId = can.assignAuthor(account)
      ? input.author || original?.author.id || account.authorId
      : (original?.author.id ?? account.authorId);
    // The form shows minutes: an unchanged minute keeps the stored date to the millisecond.
    const sameMinute =
      input.date &&
      original &&
      Math.floor(input.date.getTime() / 60_000) === Math.floor(original.date.getTime() / 60_000);
    const step = applyIntent({
      intent: input.intent,
      autosave: Boolean(input.autosave),
      before: original && before ? { ...original, status: before } : undefined,
      date: sameMinute ? original.date : input.date,
      actor: account,
      authorId,
      now: new Date(),
    });
    if (!step.ok) return failure(step.message, step.fieldErrors);
    const { draft, review, date } = step;

    const data: Record<string, unknown> = {
      ...(file?.data ?? {}),
      title: input.title,
      description: input.description,
      date: date.toISOString(),
      author: authorId,
      tags: input.tags,
      thumbnail: input.thumbnail || undefined,
      thumbnail_alt: input.thumbnail_alt,
      meta_title: input.meta_title,
      meta_description: input.meta_description,
      canonical: input.canonical || undefined,
      draft,
      review: draft && review,
    };
    try {
      const { post, version } = await writePost({
        slug: input.slug,
        previousSlug: input.originalSlug || undefined,
        expectedVersion: input.originalSlug ? input.version : undefined,
        overwrite: input.overwrite === "1",
        data,
        body: input.body,
        change: {
          who: { name: account.name, email: account.email },
          message: `${HISTORY_VERB[input.intent]}: ${input.title}`,
        },
      });
      const after = postStatus(post);
      if (isPublic(before) || isPublic(after)) refreshPublicSite();
      const message = input.autosave
        ? "Saved."
        : after === "scheduled"
          ? `Scheduled for ${post.date.toISOString().replace("T", " ").slice(0, 16)} UTC.`
          : DONE[input.intent];
      return { ok: true, message, slug: post.slug, version, status: after };
    } catch (error) {
      if (error instanceof ContentConflict) {
        const slug = input.originalSlug || input.slug;
        const conflict = conflictVersion(slug, file?.format ?? "mdx", error.current, authorId);
        return { ok: false, message: error.message, conflict };
      }
      throw error;
    }
  },
});

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
      await deletePostFile(slug, version, { name: account.name, email: account.email });
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
  // Within the render budget and the per-account preview rate (lib/mdx/render-preview.ts).
  run: async ({ body, format }, { account }): Promise<PreviewResult> =>
    renderPreview(body, format, account.id),
});
