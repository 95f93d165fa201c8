"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { FormStatus } from "@/components/forms/form-status";
import { deletePostAction } from "../actions";

type Props = {
  slug: string;
  version: string;
  /** Whether this mentor may restore deleted posts (can.restoreDeletedPosts): the dialog says who can. */
  canRestore: boolean;
};

/**
 * Deleting asks for confirmation in a dialog, then returns to the posts list. The dialog says what
 * really happens: the post is kept under Deleted posts (admin/history), and who can bring it back.
 */
export function DeletePostButton({ slug, version, canRestore }: Props) {
  const router = useRouter();
  const [result, action] = useActionState(deletePostAction, null);
  useEffect(() => {
    if (result?.ok) router.push("/admin?deleted=1");
  }, [result, router]);
  return (
    <ConfirmDialog
      openLabel="Delete"
      openClassName="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-700 dark:text-red-400"
      title="Move this post to Deleted posts?"
      explanation={
        <>
          The post leaves the site and moves to Deleted posts.{" "}
          {canRestore
            ? "You can restore it from Deleted posts."
            : "An editor or administrator can restore it from Deleted posts."}
        </>
      }
      confirmLabel="Move to Deleted posts"
      danger
      action={action}
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="delete" />
      <FormStatus result={result} />
    </ConfirmDialog>
  );
}
