"use client";

import { useState } from "react";
import { LocalTime, useTimeZone } from "@/components/admin/local-time";
import { STATUS_LABELS, type PostStatus } from "@/lib/content/status";
import { intentsFor, type PostIntent } from "@/lib/content/workflow";
import type { SavePostResult } from "../actions";
import { DeletePostButton } from "./delete-post-button";
import { MoreActions } from "./more-actions";
import { SendBackPanel } from "./send-back-panel";

type Props = {
  status?: PostStatus;
  saveState: string;
  saving: boolean;
  result: SavePostResult | null;
  canPublish: boolean;
  canDelete: boolean;
  canRestoreDeleted: boolean;
  slug: string;
  version: string;
  /** The date field's value (UTC form value), empty when not set. */
  date: string;
  /** The saved post's date (ISO) and when it was submitted for review, if it waits. */
  postDate?: string;
  submittedAt?: string;
  onSave: (intent: PostIntent, options?: { note?: string }) => void;
};

const button = "rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60";
const primary = `${button} bg-accent text-surface hover:opacity-90`;
const secondary = `${button} border border-line hover:border-accent hover:text-accent`;

/** Each button's words; a few read differently by state (saving keeps a post where it is). */
function labelOf(intent: PostIntent, status?: PostStatus): string {
  if (intent === "save") return status === "review" ? "Save changes" : "Save draft";
  if (intent === "update") return status === "scheduled" ? "Save changes" : "Update";
  return LABELS[intent];
}
const LABELS: Record<PostIntent, string> = {
  save: "Save draft",
  update: "Update",
  submit: "Submit for review",
  publish: "Publish now",
  schedule: "Schedule",
  unpublish: "Unpublish",
  approve: "Approve and publish",
  sendBack: "Send back…",
  withdraw: "Withdraw from review",
  reschedule: "Reschedule",
  unschedule: "Unschedule",
};

const NO_DATE =
  "Set the publication date and time first (in the post's settings), then press Schedule again.";

/**
 * Status, save state, the steps this state offers this mentor (workflow.ts intentsFor; the first
 * is the one primary button, always in sight; the others go under More on a phone), and the
 * result message.
 */
export function EditorToolbar(props: Props) {
  const { status, saving, result, onSave } = props;
  const [sendingBack, setSendingBack] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  // A notice about the date holds only while the date is as it was (typing one answers it).
  const [notice, setNotice] = useState<{ text: string; date: string } | null>(null);
  const shownNotice = notice && notice.date === props.date ? notice.text : null;
  const zone = useTimeZone();
  const intents = intentsFor(status, props.canPublish);
  const click = (intent: PostIntent) => {
    setNotice(null);
    if (intent === "sendBack") return setSendingBack(true);
    // Said in words on the page rather than a greyed-out button with a tooltip.
    if ((intent === "schedule" || intent === "reschedule") && !props.date)
      return setNotice({ text: NO_DATE, date: props.date });
    onSave(intent);
  };
  const scheduled = result?.ok && result.status === "scheduled" ? result.date : undefined;
  const [main, ...others] = intents;
  const detail =
    status === "review" || status === "scheduled" ? (
      <>
        {status === "review" ? "Waiting for review" : "Goes public on "}
        {status === "review" && props.submittedAt ? " since " : null}
        {status === "review" && props.submittedAt ? <LocalTime iso={props.submittedAt} /> : null}
        {status === "scheduled" && props.postDate ? <LocalTime iso={props.postDate} /> : null}
      </>
    ) : null;
  const actionButton = (intent: PostIntent, className: string) => (
    <button
      key={intent}
      type="button"
      className={className}
      disabled={saving}
      aria-expanded={intent === "sendBack" ? sendingBack : undefined}
      onClick={() => {
        setMoreOpen(false);
        click(intent);
      }}
    >
      {labelOf(intent, status)}
    </button>
  );
  const hasMore = others.length > 0 || Boolean(props.slug) || props.canDelete;
  return (
    <div
      className="sticky top-0 z-10 -mx-4 border-b border-line bg-surface px-4 py-2 sm:py-3"
      data-testid="editor-toolbar"
    >
      {/* One row on a phone (nothing wraps, the save state shortens); wraps on wider screens. */}
      <div className="flex items-center gap-2 sm:flex-wrap sm:gap-3">
        <span
          className="shrink-0 rounded-full border border-line px-2.5 py-0.5 text-xs font-medium"
          data-testid="post-status"
        >
          {status ? STATUS_LABELS[status] : "New post"}
        </span>
        {detail ? (
          <span className="hidden text-xs sm:inline" data-testid="status-detail">
            {detail}
          </span>
        ) : null}
        <span
          className="min-w-0 flex-1 truncate text-xs text-muted sm:flex-none"
          data-testid="save-state"
          title={props.saveState}
        >
          {props.saveState}
        </span>
        <div className="ml-auto flex shrink-0 items-center gap-2">
          {main ? actionButton(main, primary) : null}
          {hasMore ? (
            <MoreActions open={moreOpen} onOpenChange={setMoreOpen}>
              {detail ? <p className="text-xs sm:hidden">{detail}</p> : null}
              {others.map((intent) => actionButton(intent, secondary))}
              {props.slug ? (
                <a
                  href={`/api/preview?slug=${props.slug}`}
                  target="_blank"
                  rel="noopener"
                  className={secondary}
                >
                  Preview
                </a>
              ) : null}
              {props.slug ? (
                <a href={`/admin/posts/${props.slug}/history`} className={secondary}>
                  History
                </a>
              ) : null}
              {props.canDelete ? (
                <DeletePostButton
                  slug={props.slug}
                  version={props.version}
                  canRestore={props.canRestoreDeleted}
                />
              ) : null}
            </MoreActions>
          ) : null}
        </div>
      </div>
      {sendingBack && status === "review" ? (
        <div className="mt-2">
          <SendBackPanel
            saving={saving}
            error={result && !result.ok ? result.fieldErrors?.note : undefined}
            onSend={(note) => onSave("sendBack", { note })}
            onCancel={() => setSendingBack(false)}
          />
        </div>
      ) : null}
      {/* Empty, it takes no room: the toolbar stays one row high. */}
      <div aria-live="polite" role="status" className="text-sm">
        {shownNotice ? <p className="mt-2 text-red-700 dark:text-red-400">{shownNotice}</p> : null}
        {!shownNotice && result?.message ? (
          <p
            className={
              result.ok
                ? "mt-2 text-emerald-700 dark:text-emerald-400"
                : "mt-2 text-red-700 dark:text-red-400"
            }
          >
            {result.message}
            {scheduled ? (
              <>
                {" "}
                It goes public on <LocalTime iso={scheduled} />
                {zone ? ` (${zone})` : ""}.
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
