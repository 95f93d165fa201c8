"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { deleteMediaAction } from "../actions";

/** An image still used by a post is refused by the server, with the posts named. */
export function DeleteMediaForm({ name }: { name: string }) {
  const [result, action] = useActionState(deleteMediaAction, null);
  return (
    <form action={action} aria-label={`Delete ${name}`} className="space-y-1">
      <input type="hidden" name="name" value={name} />
      <SubmitButton variant="danger" className="px-2 py-1 text-xs">
        Delete
      </SubmitButton>
      <FormStatus result={result} />
    </form>
  );
}
