import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Shown in place of an admin page a signed-in mentor may not use: what they cannot do, who can
 * help, and the way back to their posts. Never the reader site's 404.
 */
export function NoAccess({
  title,
  reason,
  helpers,
}: {
  title: string;
  reason: ReactNode;
  /** Who to ask, already written out ("Eddie Editor or Olive Owner"). */
  helpers: string;
}) {
  return (
    <section aria-labelledby="no-access-heading" className="max-w-2xl">
      <h1 id="no-access-heading" className="text-2xl font-bold tracking-tight">
        {title}
      </h1>
      <p className="mt-3">{reason}</p>
      {helpers ? <p className="mt-2 text-muted">If you need to, ask {helpers}.</p> : null}
      <p className="mt-6">
        <Link href="/admin" className="text-accent underline">
          ← Back to your posts
        </Link>
      </p>
    </section>
  );
}
