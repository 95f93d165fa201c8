import type { ActionResult } from "@/lib/actions/result";

/** The result of the last submit, announced to screen readers as it changes. */
export function FormStatus({ result }: { result: ActionResult | null | undefined }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6 text-sm">
      {result?.message ? (
        <p
          className={
            result.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"
          }
        >
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
