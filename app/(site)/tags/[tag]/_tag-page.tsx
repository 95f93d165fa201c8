import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Pagination } from "@/components/post/pagination";
import { PostList } from "@/components/post/post-list";
import { getPostsByTag, getTag, getTagRedirect, paginate } from "@/lib/content";
import { pluralise } from "@/lib/format";

export const tagHref = (slug: string, page: number) =>
  page === 1 ? `/tags/${slug}` : `/tags/${slug}/page/${page}`;

/** Posts under one tag, newest first; page 1 lives at /tags/<tag>. */
export function TagPage({ slug, page }: { slug: string; page: number }) {
  const tag = getTag(slug);
  if (!tag) {
    // A renamed or merged tag keeps its old links working.
    const moved = getTagRedirect(slug);
    if (moved) permanentRedirect(tagHref(moved, page));
    notFound();
  }
  const list = paginate(getPostsByTag(slug), page);
  if (!list) notFound();
  return (
    <>
      <div className="border-b border-line pb-6">
        <p className="text-sm text-muted">
          <Link href="/tags" className="hover:text-accent">
            Tags
          </Link>{" "}
          / {pluralise(tag.count, "post")}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {tag.name}
          {page > 1 ? <span className="text-muted">, page {page}</span> : null}
        </h1>
        {tag.description ? (
          <p className="mt-2 max-w-2xl text-lg text-muted">{tag.description}</p>
        ) : null}
        <p className="mt-2 text-sm">
          <a href={`/tags/${slug}/feed.xml`} className="text-accent hover:underline">
            RSS feed for {tag.name}
          </a>
        </p>
      </div>
      <PostList posts={list.items} />
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(p) => tagHref(slug, p)} />
    </>
  );
}
