"use client";

import { useActionState, useId, useRef } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { restoreAction } from "../history/actions";

type Props = {
  slug: string;
  format: string;
  commit: string;
  version?: string;
  label?: string;
  /**
   * Restoring over the live post asks first, naming the version ("2 Dec, 10:14", "Ada"); a
   * deleted post is put back at once (nothing is replaced).
   */
  confirm?: { when: string; who: string };
};

export function RestoreButton({
  slug,
  format,
  commit,
  version,
  label = "Restore this version",
  confirm,
}: Props) {
  const [result, action] = useActionState(restoreAction, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fields = (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="format" value={format} />
      <input type="hidden" name="commit" value={commit} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
    </>
  );
  if (!confirm)
    return (
      <form action={action} className="inline-block">
        {fields}
        <SubmitButton variant="secondary" className="px-2 py-1 text-xs">
          {label}
        </SubmitButton>
        <FormStatus result={result} />
      </form>
    );
  return (
    <>
      <button
        type="button"
        className="rounded-md border border-line px-2 py-1 text-xs font-medium hover:border-accent hover:text-accent"
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-md rounded-lg border border-line bg-surface p-6 text-inherit backdrop:bg-black/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Restore the version from {confirm.when}?
        </h2>
        <p className="mt-2 text-sm text-muted">
          The post goes back to the text {confirm.who} saved on {confirm.when}. The current text is
          kept in the history, so you can bring it back later.
        </p>
        <form action={action} className="mt-4 space-y-3">
          {fields}
          <FormStatus result={result} />
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className="rounded-md border border-line px-3 py-1.5 text-sm"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <SubmitButton>Restore this version</SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
