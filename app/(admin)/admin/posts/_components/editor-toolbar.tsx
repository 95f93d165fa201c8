"use client";

import { STATUS_LABELS, type PostStatus } from "@/lib/content/status";
import type { PostIntent } from "@/lib/content/post-form";
import type { SavePostResult } from "../actions";
import { DeletePostButton } from "./delete-post-button";

type Props = {
  status?: PostStatus;
  saveState: string;
  saving: boolean;
  result: SavePostResult | null;
  canPublish: boolean;
  canDelete: boolean;
  slug: string;
  version: string;
  date: string;
  onSave: (intent: PostIntent) => void;
};

const button = "rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60";
const primary = `${button} bg-accent text-surface hover:opacity-90`;
const secondary = `${button} border border-line hover:border-accent hover:text-accent`;

/** Status, save state, the workflow buttons that fit the post and the role, and the result message. */
export function EditorToolbar({
  status,
  saveState,
  saving,
  result,
  canPublish,
  canDelete,
  slug,
  version,
  date,
  onSave,
}: Props) {
  const isPublic = status === "published" || status === "scheduled";
  // Whether the date is in the future is checked by the server, which owns the clock.
  const scheduleInFuture = Boolean(date);
  return (
    <div className="sticky top-0 z-10 -mx-4 space-y-2 border-b border-line bg-surface px-4 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <span
          className="rounded-full border border-line px-2.5 py-0.5 text-xs font-medium"
          data-testid="post-status"
        >
          {status ? STATUS_LABELS[status] : "New post"}
        </span>
        <span className="text-xs text-muted" data-testid="save-state">
          {saveState}
        </span>
        <div className="ml-auto flex flex-wrap gap-2">
          {isPublic ? (
            <button
              type="button"
              className={primary}
              disabled={saving}
              onClick={() => onSave("update")}
            >
              Update
            </button>
          ) : (
            <button
              type="button"
              className={secondary}
              disabled={saving}
              onClick={() => onSave("save")}
            >
              Save draft
            </button>
          )}
          {!canPublish && !isPublic ? (
            <button
              type="button"
              className={primary}
              disabled={saving}
              onClick={() => onSave("submit")}
            >
              Submit for review
            </button>
          ) : null}
          {canPublish && status !== "published" ? (
            <button
              type="button"
              className={primary}
              disabled={saving}
              onClick={() => onSave("publish")}
            >
              Publish now
            </button>
          ) : null}
          {canPublish ? (
            <button
              type="button"
              className={secondary}
              disabled={saving || !scheduleInFuture}
              title={scheduleInFuture ? undefined : "Set a future publication date first"}
              onClick={() => onSave("schedule")}
            >
              Schedule
            </button>
          ) : null}
          {canPublish && isPublic ? (
            <button
              type="button"
              className={secondary}
              disabled={saving}
              onClick={() => onSave("unpublish")}
            >
              Unpublish
            </button>
          ) : null}
          {slug ? (
            <a
              href={`/api/preview?slug=${slug}`}
              target="_blank"
              rel="noopener"
              className={secondary}
            >
              Preview
            </a>
          ) : null}
          {slug ? (
            <a href={`/admin/posts/${slug}/history`} className={secondary}>
              History
            </a>
          ) : null}
          {canDelete ? <DeletePostButton slug={slug} version={version} /> : null}
        </div>
      </div>
      <div aria-live="polite" role="status" className="text-sm">
        {result?.message ? (
          <p
            className={
              result.ok
                ? "text-emerald-700 dark:text-emerald-400"
                : "text-red-700 dark:text-red-400"
            }
          >
            {result.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
