"use client";

import { useActionState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { tagAction } from "../actions";

/** One small form per tag operation, each with its own live result. */
export function TagForm({
  op,
  slug,
  label,
  children,
  className,
}: {
  op: string;
  slug?: string;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const [result, action] = useActionState(tagAction, null);
  return (
    <form action={action} aria-label={label} className={className}>
      <input type="hidden" name="op" value={op} />
      {slug ? <input type="hidden" name="slug" value={slug} /> : null}
      {children}
      <FormStatus result={result} />
    </form>
  );
}
