import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorAvatar } from "@/components/author-avatar";
import { Pagination } from "@/components/post/pagination";
import { PostList } from "@/components/post/post-list";
import { getAuthor, getPostsByAuthor, paginate, type Post } from "@/lib/content";
import { formatMonth, pluralise } from "@/lib/format";
import { isExternalUrl } from "@/lib/mdx/safe-url";
import { siteConfig } from "@/lib/site-config";

export const authorHref = (id: string, page: number) =>
  page === 1 ? `/authors/${id}` : `/authors/${id}/page/${page}`;

/**
 * An author's profile and posts, newest first, a page at a time; page 1 lives at /authors/<id>.
 * Mentors who were invited or imported and have written no bio still get a whole page: their
 * initials, what they write about and since when.
 */
export function AuthorPage({ id, page }: { id: string; page: number }) {
  const author = getAuthor(id);
  if (!author) notFound();
  const posts = getPostsByAuthor(author.id);
  const list = paginate(posts, page);
  if (!list) notFound();
  const topics = topicsOf(posts);
  const first = posts[posts.length - 1];
  return (
    <>
      <section
        aria-labelledby="author-name"
        className="flex flex-col gap-6 border-b border-line pb-10 sm:flex-row sm:items-center sm:gap-8"
      >
        <AuthorAvatar author={author} size="lg" />
        <div className="min-w-0">
          <h1 id="author-name" className="text-3xl font-extrabold tracking-tight sm:text-4xl">
            {author.name}
          </h1>
          <p className="mt-3 max-w-2xl text-lg leading-8 text-zinc-700 dark:text-zinc-300">
            {author.bio ?? `Writes for ${siteConfig.title}.`}
          </p>
          <p className="mt-3 text-sm text-muted">
            {pluralise(posts.length, "post")}
            {first ? <> · writing since {formatMonth(first.date)}</> : null}
          </p>
          {topics.length > 0 ? (
            <p className="mt-2 text-sm text-muted">
              Writes about{" "}
              {topics.map((tag, i) => (
                <span key={tag.slug}>
                  {i > 0 ? (i === topics.length - 1 ? " and " : ", ") : null}
                  <Link
                    href={`/tags/${tag.slug}`}
                    className="font-medium text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent"
                  >
                    {tag.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          {author.links.length > 0 ? (
            <ul
              aria-label={`${author.name} elsewhere`}
              className="mt-4 flex flex-wrap gap-2 text-sm"
            >
              {author.links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel={isExternalUrl(link.url) ? "me noopener noreferrer" : "me"}
                    className="inline-block rounded-full border border-line px-3 py-1 font-medium hover:border-accent hover:text-accent"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <h2 className="mt-10 text-xs font-semibold tracking-[0.14em] text-muted uppercase">
        Posts by {author.name}
        {page > 1 ? <span>, page {page}</span> : null}
      </h2>
      <PostList posts={list.items} headingLevel={3} />
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        hrefFor={(p) => authorHref(id, p)}
      />
    </>
  );
}

/** The author's three most used tags, by their display names. */
function topicsOf(posts: Post[]) {
  const counts = new Map<string, { slug: string; name: string; count: number }>();
  for (const post of posts)
    for (const tag of post.tags) {
      const known = counts.get(tag.slug) ?? { ...tag, count: 0 };
      counts.set(tag.slug, { ...known, count: known.count + 1 });
    }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 3);
}
