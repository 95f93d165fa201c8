import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/admin/local-time";
import { permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { pluralise } from "@/lib/format";
import { reviewQueue } from "@/lib/publishing/review-view";

export const metadata: Metadata = { title: "Waiting for review" };

/** The review queue: posts contributors submitted, longest waiting first. Editors and above. */
export default async function ReviewQueuePage() {
  const account = await requirePageAccount(permissions.editAnyPost);
  const rows = await reviewQueue(account);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Waiting for review</h1>
      <p className="mt-2 text-sm text-muted">
        {rows.length === 0
          ? "Nothing is waiting. Posts that contributors submit appear here."
          : `${pluralise(rows.length, "post")} waiting, longest waiting first. Open one to approve it, schedule it or send it back with a note.`}
      </p>
      {rows.length > 0 ? (
        <ul className="mt-6 divide-y divide-line text-sm" aria-label="Posts waiting for review">
          {rows.map((row) => (
            <li key={row.slug} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <Link href={`/admin/posts/${row.slug}`} className="font-semibold hover:text-accent">
                {row.title}
              </Link>
              <span className="text-muted">
                by {row.authorName}, submitted <LocalTime iso={row.submittedAt} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
