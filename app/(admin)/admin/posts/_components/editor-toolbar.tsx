"use client";

import { useState } from "react";
import { LocalTime, useTimeZone } from "@/components/admin/local-time";
import { STATUS_LABELS, type PostStatus } from "@/lib/content/status";
import { intentsFor, type PostIntent } from "@/lib/content/workflow";
import type { SavePostResult } from "../actions";
import { DeletePostButton } from "./delete-post-button";
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
 * is the one primary button), and the result message.
 */
export function EditorToolbar(props: Props) {
  const { status, saving, result, onSave } = props;
  const [sendingBack, setSendingBack] = useState(false);
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
  return (
    <div className="sticky top-0 z-10 -mx-4 space-y-2 border-b border-line bg-surface px-4 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <span
          className="rounded-full border border-line px-2.5 py-0.5 text-xs font-medium"
          data-testid="post-status"
        >
          {status ? STATUS_LABELS[status] : "New post"}
        </span>
        {status === "review" || status === "scheduled" ? (
          <span className="text-xs" data-testid="status-detail">
            {status === "review" ? "Waiting for review" : "Goes public on "}
            {status === "review" && props.submittedAt ? " since " : null}
            {status === "review" && props.submittedAt ? (
              <LocalTime iso={props.submittedAt} />
            ) : null}
            {status === "scheduled" && props.postDate ? <LocalTime iso={props.postDate} /> : null}
          </span>
        ) : null}
        <span className="text-xs text-muted" data-testid="save-state">
          {props.saveState}
        </span>
        <div className="ml-auto flex flex-wrap gap-2">
          {intents.map((intent, index) => (
            <button
              key={intent}
              type="button"
              className={index === 0 ? primary : secondary}
              disabled={saving}
              aria-expanded={intent === "sendBack" ? sendingBack : undefined}
              onClick={() => click(intent)}
            >
              {labelOf(intent, status)}
            </button>
          ))}
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
        </div>
      </div>
      {sendingBack && status === "review" ? (
        <SendBackPanel
          saving={saving}
          error={result && !result.ok ? result.fieldErrors?.note : undefined}
          onSend={(note) => onSave("sendBack", { note })}
          onCancel={() => setSendingBack(false)}
        />
      ) : null}
      <div aria-live="polite" role="status" className="text-sm">
        {shownNotice ? <p className="text-red-700 dark:text-red-400">{shownNotice}</p> : null}
        {!shownNotice && result?.message ? (
          <p
            className={
              result.ok
                ? "text-emerald-700 dark:text-emerald-400"
                : "text-red-700 dark:text-red-400"
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
