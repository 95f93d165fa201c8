"use client";

import { useState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { MAX_NOTE_LENGTH } from "@/lib/content/post-form";

const button = "rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60";

/**
 * "Send back": the note for the author, then the step itself. The note is plain text, shown to
 * the post's author and the editors only; the server checks it again (post-form.ts noteField).
 */
export function SendBackPanel(props: {
  saving: boolean;
  error?: string[];
  onSend: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState("");
  return (
    <div
      role="group"
      aria-labelledby="send-back-label"
      className="space-y-2 rounded-md border border-line p-3"
    >
      <label id="send-back-label" htmlFor="send-back-note" className="block text-sm font-medium">
        Note for the author
      </label>
      <p className="text-xs text-muted">
        Say what to change. The post goes back to its author as a draft, with this note.
      </p>
      <textarea
        id="send-back-note"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={props.error?.length ? true : undefined}
        aria-describedby="send-back-count"
        className={inputClass}
      />
      <p id="send-back-count" className="text-xs text-muted">
        {note.length} / {MAX_NOTE_LENGTH} characters
      </p>
      {props.error?.length ? (
        <p className="text-xs text-red-700 dark:text-red-400">{props.error.join(" ")}</p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="button"
          disabled={props.saving}
          onClick={() => props.onSend(note)}
          className={`${button} border border-accent text-accent hover:bg-accent hover:text-surface`}
        >
          Send back to the author
        </button>
        <button
          type="button"
          onClick={props.onCancel}
          className={`${button} border border-line hover:border-accent`}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
