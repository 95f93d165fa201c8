"use server";

import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { mdxComponentNames } from "@/components/mdx";
import { can } from "@/lib/accounts/roles";
import { failure, invalidInput, type ActionResult } from "@/lib/actions/result";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { parsePost, readFrontMatter } from "@/lib/content/parse-post";
import { postStatus, type PostStatus } from "@/lib/content/status";
import type { PostFormat } from "@/lib/content/types";
import { ContentConflict, deletePostFile, readPostFile, writePost } from "@/lib/content/write";
import { ActionRefused, FORBIDDEN, withAccount } from "@/lib/auth/guard";
import { renderMarkdown } from "@/lib/mdx/render-post";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import { createPreviewToken } from "@/lib/publishing/preview-token";
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

const isPublic = (status: PostStatus | undefined) =>
  status === "published" || status === "scheduled";

/**
 * Saves the editor's form. Every intent re-checks the session, the role and ownership; the file is
 * validated before it is written, and a version mismatch is reported as a conflict.
 */
export async function savePostAction(
  _previous: SavePostResult | null,
  form: FormData,
): Promise<SavePostResult> {
  return withAccount("contributor", async (account) => {
    const parsed = postFormSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return invalidInput(parsed.error);
    const input = parsed.data;
    const original = input.originalSlug ? findAnyPost(input.originalSlug) : undefined;
    const file = input.originalSlug ? await readPostFile(input.originalSlug) : undefined;
    if (input.originalSlug && !file)
      return failure("This post no longer exists: it may have been deleted.");
    if (input.originalSlug && !original) {
      // A file that does not validate can still be fixed, but only by an editor.
      if (!can.editAnyPost(account)) throw new ActionRefused(FORBIDDEN);
    }
    const before = original ? postStatus(original) : undefined;
    const access = original ? accessOf(original) : { authorId: account.authorId, published: false };
    if (!can.editPost(account, access)) return failure(FORBIDDEN);

    const authorId = can.assignAuthor(account)
      ? input.author || original?.author.id || account.authorId
      : (original?.author.id ?? account.authorId);
    const now = new Date();
    let draft = original?.draft ?? true;
    let review = original?.review ?? false;
    // The form shows minutes: an unchanged minute keeps the stored date to the millisecond.
    const sameMinute =
      input.date &&
      original &&
      Math.floor(input.date.getTime() / 60_000) === Math.floor(original.date.getTime() / 60_000);
    let date = (sameMinute ? original.date : input.date) ?? original?.date ?? now;
    switch (input.intent) {
      case "save":
        if (input.autosave && isPublic(before))
          return failure("Autosave is off for published posts: use Update.");
        draft = true;
        break;
      case "submit":
        draft = true;
        review = true;
        break;
      case "publish":
      case "schedule":
      case "unpublish":
        if (!can.publishPost(account, { authorId, published: false })) {
          return failure("Your role cannot publish: submit the post for review instead.");
        }
        if (input.intent === "unpublish") {
          draft = true;
          review = false;
        } else if (input.intent === "schedule") {
          if (!input.date || input.date.getTime() <= now.getTime())
            return failure("Choose a time in the future to schedule the post.", {
              date: ["Choose a time in the future."],
            });
          draft = false;
          review = false;
          date = input.date;
        } else {
          draft = false;
          review = false;
          // Publishing now: a post that was never public takes today's date.
          if (!isPublic(before) || date.getTime() > now.getTime()) date = now;
        }
        break;
      case "update":
        if (!original) return failure("Save the post first.");
        break;
    }

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
  });
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

export async function deletePostAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const outcome = await deletePost(form);
  // The editor's own page no longer exists: go to the list, which says what happened.
  if (outcome.ok) redirect("/admin?deleted=1");
  return outcome;
}

async function deletePost(form: FormData): Promise<ActionResult> {
  return withAccount("contributor", async (account) => {
    const slug = slugField.safeParse(form.get("slug"));
    const version = String(form.get("version") ?? "");
    if (!slug.success || form.get("confirm") !== "delete")
      return failure("Confirm that you want to delete this post.");
    const post = findAnyPost(slug.data);
    if (post ? !can.deletePost(account, accessOf(post)) : !can.editAnyPost(account))
      return failure(FORBIDDEN);
    try {
      await deletePostFile(slug.data, version, { name: account.name, email: account.email });
    } catch (error) {
      if (error instanceof ContentConflict)
        return failure("This post changed since you opened it. Reload before deleting.");
      throw error;
    }
    if (!post || isPublic(postStatus(post))) refreshPublicSite();
    return { ok: true, message: "Post deleted." };
  });
}

export type PreviewResult =
  { ok: true; content: ReactElement } | { ok: false; message: string; line?: number };

/** Renders the editor's body with exactly the public page's pipeline; errors come with their line. */
export async function previewAction(
  body: string,
  format: "md" | "mdx" = "mdx",
): Promise<PreviewResult> {
  const result = await withAccount("contributor", async () => {
    if (typeof body !== "string" || body.length > MAX_BODY_LENGTH)
      return failure("The post is too long to preview.");
    const fmt = format === "md" ? "md" : "mdx";
    const problem = await findMdxProblem(body, fmt, mdxComponentNames);
    if (problem) return { ok: false, message: problem.message, line: problem.line } as ActionResult;
    const { content } = await renderMarkdown(body, fmt, "preview");
    return { ok: true, content } as ActionResult<{ content: ReactElement }>;
  });
  return result as PreviewResult;
}

/** A link a reviewer without an account can open for 48 hours. */
export async function createPreviewLinkAction(
  slug: string,
): Promise<ActionResult<{ url: string }>> {
  return withAccount("contributor", async (account) => {
    const parsed = slugField.safeParse(slug);
    const post = parsed.success ? findAnyPost(parsed.data) : undefined;
    if (!post || !can.editPost(account, accessOf(post))) return failure(FORBIDDEN);
    return {
      ok: true,
      url: `/preview/${createPreviewToken(post.slug, 48)}`,
      message: "Preview link created: it works for 48 hours.",
    };
  });
}
