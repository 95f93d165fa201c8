import type { Metadata } from "next";
import Link from "next/link";
import { getPublishedPosts } from "@/lib/content";
import { postsByYear } from "@/lib/content/archive";
import { pluralise } from "@/lib/format";
import { ArchiveList } from "./_components/archive-list";

export const revalidate = 300;
export const metadata: Metadata = {
  title: "Archive",
  description: "Every post, by year.",
  alternates: { canonical: "/archive" },
};

/**
 * Up to this many posts the archive lists them all on one page; a larger blog lists its years
 * here and each year's posts on its own page, so this page does not grow with the blog.
 */
const ONE_PAGE_LIMIT = 400;

export default function ArchivePage() {
  const posts = getPublishedPosts();
  const years = postsByYear(posts);
  return (
    <>
      <header className="border-b border-line pb-6">
        <h1 className="text-3xl font-bold tracking-tight">Archive</h1>
        <p className="mt-2 text-muted">
          {posts.length === 0
            ? "No posts yet."
            : `${pluralise(posts.length, "post")} since ${years[years.length - 1]!.year}.`}
        </p>
      </header>
      {posts.length <= ONE_PAGE_LIMIT ? (
        <ArchiveList years={years} linkYears={false} />
      ) : (
        <ul className="grid grid-cols-2 gap-3 py-6 sm:grid-cols-4">
          {years.map(({ year, posts: inYear }) => (
            <li key={year}>
              <Link
                href={`/archive/${year}`}
                className="flex items-baseline justify-between rounded-md border border-line px-3 py-2 hover:border-accent hover:text-accent"
              >
                <span className="font-semibold">{year}</span>
                <span className="text-sm text-muted">{pluralise(inYear.length, "post")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
