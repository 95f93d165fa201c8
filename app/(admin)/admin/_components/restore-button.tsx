"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { restoreAction } from "../history/actions";

export function RestoreButton({
  slug,
  format,
  commit,
  version,
  label = "Restore this version",
}: {
  slug: string;
  format: string;
  commit: string;
  version?: string;
  label?: string;
}) {
  const [result, action] = useActionState(restoreAction, null);
  return (
    <form action={action} className="inline-block">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="format" value={format} />
      <input type="hidden" name="commit" value={commit} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <SubmitButton variant="secondary" className="px-2 py-1 text-xs">
        {label}
      </SubmitButton>
      <FormStatus result={result} />
    </form>
  );
}
