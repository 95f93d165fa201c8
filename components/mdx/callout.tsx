import type { ReactNode } from "react";

const VARIANTS = {
  note: { label: "Note", icon: "ℹ", className: "border-sky-600 bg-sky-50 dark:bg-sky-950/40" },
  tip: {
    label: "Tip",
    icon: "✓",
    className: "border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40",
  },
  warning: {
    label: "Warning",
    icon: "!",
    className: "border-amber-600 bg-amber-50 dark:bg-amber-950/40",
  },
} as const;

export type CalloutProps = {
  type?: keyof typeof VARIANTS | string;
  title?: string;
  children: ReactNode;
};

/** A highlighted aside: `<Callout type="tip" title="Optional title">…</Callout>`. */
export function Callout({ type = "note", title, children }: CalloutProps) {
  const variant = VARIANTS[type as keyof typeof VARIANTS] ?? VARIANTS.note;
  return (
    <aside
      className={`not-prose my-6 rounded-md border-l-4 px-4 py-3 text-base leading-7 ${variant.className}`}
      aria-label={title ?? variant.label}
    >
      <p className="mb-1 font-semibold">
        <span aria-hidden="true" className="mr-2">
          {variant.icon}
        </span>
        {title ?? variant.label}
      </p>
      <div className="callout-body [&_a]:underline [&>p+p]:mt-3">{children}</div>
    </aside>
  );
}
