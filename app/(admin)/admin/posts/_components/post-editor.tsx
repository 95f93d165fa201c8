"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { savePostAction, type SavePostResult } from "../actions";
import { countConflictMarkers, mergePost, type FieldConflict } from "@/lib/content/merge";
import type { PostIntent } from "@/lib/content/post-form";
import { BodyArea } from "./body-area";
import type { BodyEditorHandle } from "./body-editor";
import { useBodyImageTools } from "./body-image-tools";
import { ConflictPanel } from "./conflict-panel";
import type { EditorFields, EditorProps } from "@/lib/admin/editor-types";
import { EditorToolbar } from "./editor-toolbar";
import { FrontMatterFields } from "./front-matter-fields";
import { MergeReport } from "./merge-report";
import { ReviewNotes } from "./review-notes";
import { ShareLinksPanel } from "./share-links-panel";
import { slugify } from "@/lib/data/slug";
import { useLeaveWarning } from "@/components/admin/unsaved-changes";

const AUTOSAVE_DELAY_MS = 1500;
const MARKERS_LEFT =
  "Resolve the merge first: the body still has conflict markers (<<<<<<< … >>>>>>>). Keep the text you want and delete the marker lines.";

/**
 * The post editor: the workflow buttons, the post's fields above (in two columns on wide screens),
 * then the text with its live preview (Write, Preview or Side by side), autosave, share links.
 */
export function PostEditor(props: EditorProps) {
  const [fields, setFields] = useState<EditorFields>(props.initial);
  // The text as last loaded or saved: the common ancestor when a conflict is merged.
  const [base, setBase] = useState<EditorFields>(props.initial);
  // Set by Merge until the merged text is saved: what still conflicts.
  const [merged, setMerged] = useState<{ fieldConflicts: FieldConflict[] } | null>(null);
  const [originalSlug, setOriginalSlug] = useState(props.originalSlug ?? "");
  const [version, setVersion] = useState(props.version ?? "");
  const [status, setStatus] = useState(props.status);
  const [review, setReview] = useState(props.review);
  const [postDate, setPostDate] = useState(props.date);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<SavePostResult | null>(null);
  const [saving, startSaving] = useTransition();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [slugTouched, setSlugTouched] = useState(Boolean(props.originalSlug));
  const edits = useRef(0);
  const bodyEditor = useRef<BodyEditorHandle | null>(null);
  const images = useBodyImageTools(bodyEditor, props.media);

  const set = useCallback(
    (name: keyof EditorFields, value: string) => {
      edits.current++;
      setDirty(true);
      if (name === "slug") setSlugTouched(true);
      setFields((current) => ({
        ...current,
        [name]: value,
        ...(name === "title" && !slugTouched ? { slug: slugify(value) } : {}),
      }));
    },
    [slugTouched],
  );

  const save = useCallback(
    (
      intent: PostIntent,
      options: { autosave?: boolean; overwrite?: string; note?: string } = {},
    ) => {
      if (merged && countConflictMarkers(fields.body) > 0) {
        setResult({ ok: false, message: MARKERS_LEFT });
        return;
      }
      const sent = fields;
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      form.set("intent", intent);
      form.set("originalSlug", originalSlug);
      form.set("version", options.overwrite ?? version);
      if (options.autosave) form.set("autosave", "1");
      if (options.overwrite) form.set("overwrite", "1");
      if (options.note !== undefined) form.set("note", options.note);
      const editsAtSend = edits.current;
      startSaving(async () => {
        const outcome = await savePostAction(null, form);
        setResult(outcome);
        if (!outcome.ok) return;
        setBase(sent);
        setMerged(null);
        setVersion(outcome.version);
        setStatus(outcome.status);
        setReview(outcome.review);
        setPostDate(outcome.date);
        setSavedAt(new Date());
        // From the first save on, the slug no longer follows the title.
        setSlugTouched(true);
        // Typing that happened while saving is still unsaved.
        if (edits.current === editsAtSend) setDirty(false);
        if (outcome.slug !== originalSlug) {
          setOriginalSlug(outcome.slug);
          // Only the address changes: remounting the editor could drop what was typed meanwhile.
          // A new post stays on the "new" page (with its slug), so later refreshes keep the editor.
          const onNewPage = window.location.pathname === "/admin/posts/new";
          const address = onNewPage
            ? `/admin/posts/new?slug=${outcome.slug}`
            : `/admin/posts/${outcome.slug}`;
          window.history.replaceState(null, "", address);
        }
      });
    },
    [fields, originalSlug, version, merged],
  );

  // Merge: the saved version becomes the one this edit continues from (its version, its status),
  // and the merged text is unsaved until the mentor saves it through the usual version check.
  const merge = useCallback(() => {
    const theirs = result?.conflict;
    if (!theirs?.fields) return;
    const outcome = mergePost(base, fields, theirs.fields);
    edits.current++;
    setFields(outcome.merged);
    setBase(theirs.fields);
    setVersion(theirs.version);
    if (theirs.status) setStatus(theirs.status);
    setDirty(true);
    setResult(null);
    setMerged({ fieldConflicts: outcome.fieldConflicts });
  }, [result, base, fields]);

  // Drafts save themselves shortly after typing stops; published posts wait for "Update".
  const autosaves = status === undefined || status === "draft" || status === "review";
  useEffect(() => {
    // A merge waits for the mentor to check it and save on purpose.
    if (!dirty || !autosaves || saving || !fields.title.trim() || !fields.slug) return;
    if (result?.conflict || merged) return;
    const timer = setTimeout(() => save("save", { autosave: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, autosaves, saving, fields, save, result?.conflict, merged]);

  // Leaving with unsaved changes asks first: closing the tab, and following a link in the app.
  useLeaveWarning(dirty);

  const published = status === "published" || status === "scheduled";
  // Readers may have links to a published post: its old address will lead to the new one
  // (lib/content/redirects.ts), and the mentor is told so rather than left to worry.
  const addressNote =
    status === "published" && originalSlug && fields.slug !== originalSlug
      ? `Links to /blog/${originalSlug} will keep working: readers who follow them are taken to the new address.`
      : undefined;
  const fieldErrors =
    result && !result.ok
      ? (result as { fieldErrors?: Record<string, string[]> }).fieldErrors
      : undefined;
  const saveState = saving
    ? "Saving…"
    : dirty
      ? "Unsaved changes"
      : savedAt
        ? `Saved at ${savedAt.toLocaleTimeString()}`
        : version
          ? "All changes saved"
          : "Not saved yet";

  return (
    <div className="space-y-6">
      {props.fileError ? (
        <p
          role="alert"
          className="rounded-md border border-red-600 px-3 py-2 text-sm text-red-800 dark:text-red-300"
        >
          This file does not validate: {props.fileError}
        </p>
      ) : null}
      <EditorToolbar
        status={status}
        saveState={saveState}
        saving={saving}
        result={result}
        canPublish={props.canPublish}
        canDelete={props.canDelete && Boolean(originalSlug)}
        canRestoreDeleted={props.canRestoreDeleted}
        slug={originalSlug}
        version={version}
        date={fields.date}
        postDate={postDate}
        submittedAt={review.submittedAt}
        onSave={save}
      />
      <ReviewNotes notes={review.notes} />
      {result?.conflict ? (
        <ConflictPanel
          mine={fields.body}
          theirs={result.conflict.source}
          onMerge={result.conflict.fields ? merge : undefined}
          onOverwrite={() =>
            save(published ? "update" : "save", { overwrite: result.conflict!.version })
          }
          onReload={() => window.location.reload()}
        />
      ) : null}
      {merged ? (
        <MergeReport
          markersLeft={countConflictMarkers(fields.body)}
          fieldConflicts={merged.fieldConflicts}
          onUseTheirs={set}
        />
      ) : null}
      <FrontMatterFields
        fields={fields}
        set={set}
        errors={fieldErrors}
        addressNote={addressNote}
        authors={props.authors}
        tagNames={props.tagNames}
        media={props.media}
        canAssignAuthor={props.canAssignAuthor}
      />
      <BodyArea
        label="Post text"
        title={fields.title}
        body={fields.body}
        onChange={(value) => set("body", value)}
        tools={images.ui}
        message={images.message}
        editor={bodyEditor}
        onFiles={images.addFiles}
      />
      <ShareLinksPanel
        slug={originalSlug}
        postId={props.postId}
        initial={props.shareLinks}
        // Only the id line changed: the edit continues from the new version.
        onIdAdded={({ before, after }) =>
          setVersion((current) => (current === before ? after : current))
        }
      />
    </div>
  );
}
