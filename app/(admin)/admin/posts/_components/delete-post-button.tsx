"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { deletePostAction } from "../actions";

/**
 * Deleting asks for confirmation in a dialog, then returns to the posts list. The dialog says what
 * really happens: the post is kept under Deleted posts (admin/history), where an editor restores it.
 */
export function DeletePostButton({ slug, version }: { slug: string; version: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [result, action] = useActionState(deletePostAction, null);
  useEffect(() => {
    if (result?.ok) router.push("/admin?deleted=1");
  }, [result, router]);
  return (
    <>
      <button
        type="button"
        className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-700 dark:text-red-400"
        onClick={() => dialog.current?.showModal()}
      >
        Delete
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        className="m-auto max-w-md rounded-lg border border-line bg-surface p-6 text-inherit backdrop:bg-black/50"
      >
        <h2 id="delete-title" className="text-lg font-semibold">
          Move this post to Deleted posts?
        </h2>
        <p className="mt-2 text-sm text-muted">
          The post leaves the site and moves to Deleted posts, where an editor can restore it.
        </p>
        <form action={action} className="mt-4 space-y-3">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="confirm" value="delete" />
          <FormStatus result={result} />
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className="rounded-md border border-line px-3 py-1.5 text-sm"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <SubmitButton variant="danger">Move to Deleted posts</SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
