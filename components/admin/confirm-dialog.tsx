"use client";

import { useId, useRef, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  /** The button that opens the dialog, and its look. */
  openLabel: ReactNode;
  openClassName: string;
  /** The question, as the dialog's heading: "Move this post to Deleted posts?" */
  title: ReactNode;
  /** What really happens, in plain words. */
  explanation: ReactNode;
  confirmLabel: string;
  /** A red confirm button, for what takes something away. */
  danger?: boolean;
  /** The form's action (from useActionState). */
  action: (formData: FormData) => void;
  /** The form's hidden fields and its result (FormStatus), shown inside the dialog. */
  children: ReactNode;
};

/**
 * Asks before a change that is hard to take back. A native modal <dialog>: the page behind it is
 * inert, Escape closes it. Focus starts on Cancel, so a stray Enter keeps things as they are.
 */
export function ConfirmDialog({
  openLabel,
  openClassName,
  title,
  explanation,
  confirmLabel,
  danger = false,
  action,
  children,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const explanationId = useId();
  return (
    <>
      <button
        type="button"
        className={openClassName}
        onClick={() => {
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {openLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={explanationId}
        className="m-auto max-w-md rounded-lg border border-line bg-surface p-6 text-inherit backdrop:bg-black/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p id={explanationId} className="mt-2 text-sm text-muted">
          {explanation}
        </p>
        <form action={action} className="mt-4 space-y-3">
          {children}
          <div className="flex flex-wrap justify-end gap-2">
            <button
              ref={cancel}
              type="button"
              className="rounded-md border border-line px-3 py-1.5 text-sm"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <SubmitButton variant={danger ? "danger" : "primary"}>{confirmLabel}</SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
