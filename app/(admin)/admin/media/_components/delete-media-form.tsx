"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { deleteMediaAction } from "../actions";

export function DeleteMediaForm({ name, usedBy }: { name: string; usedBy: string[] }) {
  const [result, action] = useActionState(deleteMediaAction, null);
  return (
    <form action={action} aria-label={`Delete ${name}`} className="space-y-1">
      <input type="hidden" name="name" value={name} />
      {usedBy.length > 0 ? (
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" name="confirm" value="yes" /> delete anyway (used by{" "}
          {usedBy.length})
        </label>
      ) : null}
      <SubmitButton variant="danger" className="px-2 py-1 text-xs">
        Delete
      </SubmitButton>
      <FormStatus result={result} />
    </form>
  );
}
