import Link from "next/link";
import type { ArchiveYear } from "@/lib/content/archive";
import { pluralise } from "@/lib/format";

const dayMonth = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** One year's posts as a compact list: the day, then the title. */
export function ArchiveList({ years, linkYears }: { years: ArchiveYear[]; linkYears: boolean }) {
  return (
    <div className="space-y-10 py-6">
      {years.map(({ year, posts }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="flex items-baseline gap-3 text-2xl font-bold">
            {linkYears ? (
              <Link href={`/archive/${year}`} className="hover:text-accent">
                {year}
              </Link>
            ) : (
              year
            )}
            <span className="text-sm font-normal text-muted">
              {pluralise(posts.length, "post")}
            </span>
          </h2>
          <ul className="mt-3 divide-y divide-line">
            {posts.map((post) => (
              <li key={post.slug} className="flex gap-4 py-2">
                <time
                  dateTime={post.date.toISOString()}
                  className="w-16 shrink-0 text-sm tabular-nums text-muted"
                >
                  {dayMonth.format(post.date)}
                </time>
                <Link href={`/blog/${post.slug}`} className="hover:text-accent">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
