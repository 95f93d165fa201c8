import Link from "next/link";

/**
 * Previous/next links plus "page N of M". `hrefFor(1)` is the list's first page. Lists run newest
 * first, so by default the links say "Newer posts" and "Older posts".
 */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  labels = { previous: "Newer posts", next: "Older posts" },
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  labels?: { previous: string; next: string };
}) {
  if (totalPages <= 1) return null;
  const link = "rounded-md border border-line px-3 py-1.5 hover:border-accent hover:text-accent";
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
