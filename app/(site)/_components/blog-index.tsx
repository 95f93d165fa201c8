import { notFound } from "next/navigation";
import { Pagination } from "@/components/post/pagination";
import { PostList } from "@/components/post/post-list";
import { getPublishedPosts, paginate } from "@/lib/content";
import { siteConfig } from "@/lib/site-config";

export const homeHref = (page: number) => (page === 1 ? "/" : `/page/${page}`);

/** The home page and its older pages: newest posts first. */
export function BlogIndex({ page }: { page: number }) {
  const list = paginate(getPublishedPosts(), page);
  if (!list) notFound();
  return (
    <>
      <div className="border-b border-line pb-6">
        <h1 className="text-3xl font-bold tracking-tight">
          {page === 1 ? siteConfig.title : `All posts, page ${page}`}
        </h1>
        {page === 1 ? <p className="mt-2 text-lg text-muted">{siteConfig.description}</p> : null}
        {page === 1 && siteConfig.intro ? (
          <p className="mt-4 whitespace-pre-line" data-testid="home-intro">
            {siteConfig.intro}
          </p>
        ) : null}
      </div>
      <PostList posts={list.items} />
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={homeHref} />
    </>
  );
}
