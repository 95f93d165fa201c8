import Link from "next/link";
import type { Post } from "@/lib/content";

/** Previous/next posts by date. */
export function PostFooterNav({ newer, older }: { newer?: Post; older?: Post }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More posts" className="grid gap-4 sm:grid-cols-2">
      {older ? (
        <Link
          href={`/blog/${older.slug}`}
          rel="prev"
          className="rounded-md border border-line p-4 hover:border-accent"
        >
          <span className="block text-xs text-muted">Previous post</span>
          <span className="font-medium">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link
          href={`/blog/${newer.slug}`}
          rel="next"
          className="rounded-md border border-line p-4 text-right hover:border-accent"
        >
          <span className="block text-xs text-muted">Next post</span>
          <span className="font-medium">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
