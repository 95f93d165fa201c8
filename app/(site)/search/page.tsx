import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MAX_QUERY_LENGTH, parsePageParam, searchPage } from "@/lib/content";
import { Pagination } from "@/components/post/pagination";
import { PostDate } from "@/components/post/post-date";
import { pluralise } from "@/lib/format";

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const searchHref = (query: string, page: number) =>
  `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;

/** Rendered on the server for each query: works without JavaScript and ships no search index. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = first(params.q)?.trim().slice(0, MAX_QUERY_LENGTH) ?? "";
  const rawPage = first(params.page);
  const pageNumber = rawPage === undefined ? 1 : parsePageParam(rawPage);
  const found = query ? searchPage(query, pageNumber) : undefined;
  // A page past the end (or not a number) of a real search is a 404, as for every list.
  if (query && !found) notFound();
  const results = found?.items ?? [];
  const total = found?.total ?? 0;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form role="search" action="/search" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          Search posts
        </label>
        <input
          id="search-page-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Titles, tags, text…"
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-surface">
          Search
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        {query ? (
          <p className="text-muted">
            {total === 0
              ? `No posts match “${query}”.`
              : `${pluralise(total, "result")} for “${query}”`}
          </p>
        ) : (
          <p className="text-muted">Type a word or two to search every post.</p>
        )}
      </div>
      {results.length > 0 ? (
        <ol className="mt-4 divide-y divide-line">
          {results.map(({ post, snippet }) => (
            <li key={post.slug} className="py-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/blog/${post.slug}`} className="hover:text-accent">
                  {post.title}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                <PostDate date={post.date} />
              </p>
              <p className="mt-1 leading-7">{snippet}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {found ? (
        <Pagination
          page={found.page}
          totalPages={found.totalPages}
          hrefFor={(page) => searchHref(query, page)}
          labels={{ previous: "Previous results", next: "More results" }}
        />
      ) : null}
    </>
  );
}
