import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteLogo } from "@/components/layout/site-logo";
import { Pagination } from "@/components/post/pagination";
import { PostList } from "@/components/post/post-list";
import { getAuthors, getPublishedPosts, getTags, paginate } from "@/lib/content";
import { pluralise } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";

export const homeHref = (page: number) => (page === 1 ? "/" : `/page/${page}`);

/** The home page and its older pages: newest posts first, the newest as a large card. */
export function BlogIndex({ page }: { page: number }) {
  const posts = getPublishedPosts();
  const list = paginate(posts, page);
  if (!list) notFound();
  return (
    <>
      {page === 1 ? (
        <Intro postCount={posts.length} />
      ) : (
        <h1 className="border-b border-line pb-6 text-3xl font-bold tracking-tight">
          All posts, page {page}
        </h1>
      )}
      {page === 1 ? (
        <p className="mt-10 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
          Latest posts
        </p>
      ) : null}
      <PostList posts={list.items} featureFirst={page === 1} />
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={homeHref} />
    </>
  );
}

/** Who writes here and what about: the first thing a new reader sees. */
function Intro({ postCount }: { postCount: number }) {
  const topics = getTags().slice(0, 6);
  const authors = getAuthors().length;
  return (
    <section
      aria-labelledby="site-title"
      className="relative overflow-hidden rounded-2xl border border-line bg-linear-to-br from-indigo-50 via-surface to-surface px-6 py-10 sm:px-10 sm:py-14 dark:from-indigo-950/50"
    >
      <SiteLogo className="h-11 w-11" />
      <h1 id="site-title" className="mt-5 text-4xl font-extrabold tracking-tight sm:text-5xl">
        {siteConfig.title}
      </h1>
      <p className="mt-3 max-w-2xl text-xl leading-8 font-medium text-zinc-700 dark:text-zinc-300">
        {siteConfig.description}
      </p>
      {siteConfig.intro ? (
        <p
          className="mt-3 max-w-2xl leading-7 whitespace-pre-line text-muted"
          data-testid="home-intro"
        >
          {siteConfig.intro}
        </p>
      ) : null}
      <p className="mt-5 text-sm text-muted">
        {pluralise(postCount, "post")} by {pluralise(authors, "mentor")}
      </p>
      {topics.length > 0 ? (
        <ul aria-label="Popular topics" className="mt-5 flex flex-wrap gap-2">
          {topics.map((tag) => (
            <li key={tag.slug}>
              <Link
                href={`/tags/${tag.slug}`}
                className="inline-block rounded-full border border-line bg-surface px-3.5 py-1.5 text-sm font-medium hover:border-accent hover:text-accent"
              >
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
