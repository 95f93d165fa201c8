"use client";

import { useActionState } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { LocalTime } from "@/components/admin/local-time";
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
   * Restoring over the live post asks first, naming the version (its time, shown in the mentor's
   * zone, and who saved it); a deleted post is put back at once (nothing is replaced).
   */
  confirm?: { at: string; who: string };
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
    <ConfirmDialog
      openLabel={label}
      openClassName="rounded-md border border-line px-2 py-1 text-xs font-medium hover:border-accent hover:text-accent"
      title={
        <>
          Restore the version from <LocalTime iso={confirm.at} format="moment" />?
        </>
      }
      explanation={
        <>
          The post goes back to the text {confirm.who} saved on{" "}
          <LocalTime iso={confirm.at} format="moment" />. The current text is kept in the history,
          so you can bring it back later.
        </>
      }
      confirmLabel="Restore this version"
      action={action}
    >
      {fields}
      <FormStatus result={result} />
    </ConfirmDialog>
  );
}
