import Link from "next/link";
import { LocalTime } from "@/components/admin/local-time";
import type { AdminPostRow } from "@/lib/content/admin-queries";
import { STATUS_LABELS } from "@/lib/content/status";

/** The posts a mentor may see, most recently changed first. */
export function PostsTable({ items }: { items: AdminPostRow[] }) {
  return (
    <>
      {/*
      One table at every width. On a phone the author moves under the title and the tags are
      left out (the editor shows them), so the columns fit 390 px without scrolling sideways.
    */}
      <div className="mt-6">
        <table className="w-full table-fixed text-left text-sm sm:table-auto">
          <caption className="sr-only">Posts, most recently changed first</caption>
          <thead className="border-b border-line text-xs text-muted uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Title
              </th>
              <th scope="col" className="w-24 py-2 pr-3 sm:w-auto">
                Status
              </th>
              <th scope="col" className="hidden py-2 pr-4 sm:table-cell">
                Author
              </th>
              <th scope="col" className="hidden py-2 pr-4 md:table-cell">
                Tags
              </th>
              <th scope="col" className="w-28 py-2 sm:w-auto">
                Last change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {items.map((row) => (
              <tr key={row.slug}>
                <td className="py-2 pr-3 break-words">
                  <Link href={`/admin/posts/${row.slug}`} className="font-medium hover:text-accent">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-muted sm:hidden">by {row.authorName}</span>
                </td>
                <td className="py-2 pr-3">
                  {STATUS_LABELS[row.status]}
                  {row.status === "scheduled" ? (
                    <span className="block text-xs text-muted">
                      <LocalTime iso={row.date.toISOString()} format="short" />
                    </span>
                  ) : null}
                </td>
                <td className="hidden py-2 pr-4 sm:table-cell">{row.authorName}</td>
                <td className="hidden py-2 pr-4 md:table-cell">
                  {row.tags.map((tag) => tag.name).join(", ")}
                </td>
                <td className="py-2 sm:whitespace-nowrap" data-testid="last-change">
                  {/* In the mentor's zone, filled in by the browser (the server cannot know it). */}
                  <LocalTime iso={row.lastChange.toISOString()} format="short" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 ? <p className="py-6 text-muted">No posts match.</p> : null}
      </div>
    </>
  );
}
