/* eslint-disable @next/next/no-img-element -- thumbnails are site files of unknown size. */
import Link from "next/link";
import type { ReactNode } from "react";
import { JsonLd } from "@/components/json-ld";
import { getAdjacentPosts, getRelatedPosts, type Post } from "@/lib/content";
import { renderPost } from "@/components/mdx/render-post";
import { postJsonLd } from "@/lib/seo/post-metadata";
import { PostDate } from "./post-date";
import { PostFooterNav } from "./post-footer-nav";
import { PostList } from "./post-list";
import { TableOfContents } from "./table-of-contents";
import { TagLinks } from "./tag-links";

/**
 * A whole post as readers see it. `banner` marks previews of drafts, which get no neighbours,
 * related posts or structured data.
 */
export async function PostView({ post, banner }: { post: Post; banner?: ReactNode }) {
  const { content, headings } = await renderPost(post);
  const { newer, older } = banner ? {} : getAdjacentPosts(post.slug);
  const related = banner ? [] : getRelatedPosts(post);

  // One grid: on wide screens the table of contents sits in a sticky right column beside the post;
  // on narrow ones it comes between the header and the body.
  const column = "min-w-0 xl:col-start-1";
  return (
    <article className="mx-auto max-w-3xl xl:grid xl:max-w-none xl:grid-cols-[minmax(0,1fr)_14rem] xl:gap-x-12">
      {banner ? <div className={column}>{banner}</div> : null}
      <header className={`${column} border-b border-line pb-6`}>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{post.title}</h1>
        <p className="mt-3 text-sm text-muted">
          <span>
            By{" "}
            <Link
              href={`/authors/${post.author.id}`}
              rel="author"
              className="font-medium text-accent hover:underline"
            >
              {post.author.name}
            </Link>
          </span>{" "}
          · <PostDate date={post.date} />
          {post.updated ? (
            <>
              {" "}
              · Updated <PostDate date={post.updated} />
            </>
          ) : null}{" "}
          · {post.readingMinutes} min read
        </p>
        <div className="mt-4">
          <TagLinks tags={post.tags} />
        </div>
      </header>

      {post.thumbnail ? (
        <img
          src={post.thumbnail.src}
          alt={post.thumbnail.alt}
          className={`${column} mt-8 aspect-[1200/630] w-full rounded-lg border border-line object-cover`}
        />
      ) : null}

      <aside className="mt-8 xl:col-start-2 xl:row-span-5 xl:row-start-1 xl:mt-0">
        <div className="xl:sticky xl:top-8">
          <TableOfContents headings={headings} />
        </div>
      </aside>

      <div
        className={`${column} prose prose-zinc mt-8 max-w-none dark:prose-invert prose-a:text-accent`}
      >
        {content}
      </div>

      <footer className={`${column} mt-12 space-y-10 border-t border-line pt-8`}>
        <PostFooterNav newer={newer} older={older} />
        {related.length > 0 ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className="text-xl font-semibold">
              Related posts
            </h2>
            <PostList posts={related} headingLevel={3} />
          </section>
        ) : null}
      </footer>
      {banner ? null : <JsonLd data={postJsonLd(post)} />}
    </article>
  );
}
