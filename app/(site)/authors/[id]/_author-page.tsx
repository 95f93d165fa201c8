/* eslint-disable @next/next/no-img-element -- avatars are small site files. */
import { notFound } from "next/navigation";
import { Pagination } from "@/components/post/pagination";
import { PostList } from "@/components/post/post-list";
import { getAuthor, getPostsByAuthor, paginate } from "@/lib/content";
import { pluralise } from "@/lib/format";
import { isExternalUrl } from "@/lib/mdx/safe-url";

export const authorHref = (id: string, page: number) =>
  page === 1 ? `/authors/${id}` : `/authors/${id}/page/${page}`;

/** An author's profile and posts, newest first, a page at a time; page 1 lives at /authors/<id>. */
export function AuthorPage({ id, page }: { id: string; page: number }) {
  const author = getAuthor(id);
  if (!author) notFound();
  const posts = getPostsByAuthor(author.id);
  const list = paginate(posts, page);
  if (!list) notFound();
  return (
    <>
      <section
        aria-labelledby="author-name"
        className="flex flex-col gap-6 border-b border-line pb-8 sm:flex-row sm:items-start"
      >
        {author.avatar ? (
          <img
            src={author.avatar}
            alt=""
            width={96}
            height={96}
            className="h-24 w-24 rounded-full border border-line"
          />
        ) : null}
        <div>
          <h1 id="author-name" className="text-3xl font-bold tracking-tight">
            {author.name}
          </h1>
          {author.bio ? <p className="mt-2 max-w-2xl leading-7">{author.bio}</p> : null}
          {author.links.length > 0 ? (
            <ul
              aria-label={`${author.name} elsewhere`}
              className="mt-3 flex flex-wrap gap-4 text-sm"
            >
              {author.links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel={isExternalUrl(link.url) ? "me noopener noreferrer" : "me"}
                    className="text-accent hover:underline"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <h2 className="mt-8 text-xl font-semibold">
        {pluralise(posts.length, "post")}
        {page > 1 ? <span className="text-muted">, page {page}</span> : null}
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
