"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-accent text-surface hover:opacity-90",
  secondary: "border border-line hover:border-accent hover:text-accent",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

/** A submit button that disables itself while its form is being sent. */
export function SubmitButton({
  children,
  variant = "primary",
  className = "",
  ...rest
}: ComponentProps<"button"> & { variant?: keyof typeof VARIANTS }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || rest.disabled}
      aria-disabled={pending || rest.disabled}
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
      {...rest}
    >
      {children}
    </button>
  );
}
