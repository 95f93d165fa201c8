import Link from "next/link";
import type { ReactNode } from "react";
import { JsonLd } from "@/components/json-ld";
import { AuthorAvatar } from "@/components/author-avatar";
import { getAdjacentPosts, getBylineAuthor, getRelatedPosts, type Post } from "@/lib/content";
import { POST_BODY_SIZES } from "@/components/mdx/mdx-image";
import { renderPost } from "@/components/mdx/render-post";
import { postJsonLd } from "@/lib/seo/post-metadata";
import { showsCheckNotice } from "@/lib/content/freshness";
import { formatDate } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";
import { PostDate } from "./post-date";
import { PostFooterNav } from "./post-footer-nav";
import { PostList } from "./post-list";
import { PostThumbnail } from "./post-thumbnail";
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
  const author = getBylineAuthor(post);

  // One grid: on wide screens the table of contents sits in a sticky right column beside the post;
  // on narrow ones it comes between the header and the body.
  const column = "min-w-0 xl:col-start-1";
  return (
    <article className="mx-auto max-w-3xl xl:grid xl:max-w-none xl:grid-cols-[minmax(0,1fr)_14rem] xl:gap-x-12">
      {banner ? <div className={column}>{banner}</div> : null}
      <header className={`${column} border-b border-line pb-8`}>
        <h1 className="text-3xl leading-tight font-extrabold tracking-tight sm:text-[2.75rem] sm:leading-[1.15]">
          {post.title}
        </h1>
        {post.description ? (
          <p className="mt-4 text-lg leading-8 text-muted sm:text-xl sm:leading-8">
            {post.description}
          </p>
        ) : null}
        <div className="mt-6 flex items-center gap-3">
          <AuthorAvatar author={author} size="md" />
          <div className="text-sm leading-6">
            <p>
              By{" "}
              <Link
                href={`/authors/${post.author.id}`}
                rel="author"
                className="font-semibold text-zinc-900 hover:text-accent dark:text-zinc-100"
              >
                {post.author.name}
              </Link>
            </p>
            <p className="text-muted">
              <PostDate date={post.date} />
              {post.updated ? (
                <>
                  {" "}
                  · Updated <PostDate date={post.updated} />
                </>
              ) : null}{" "}
              · {post.readingMinutes} min read
            </p>
            {post.testedWith ? <p className="text-muted">Tested with {post.testedWith}</p> : null}
          </div>
        </div>
        <div className="mt-5">
          <TagLinks tags={post.tags} />
        </div>
        {post.reviewed && showsCheckNotice(post, siteConfig.reviewAfterMonths) ? (
          <p
            role="note"
            className="mt-6 rounded-md border border-amber-500/60 bg-amber-50 px-4 py-3 text-sm leading-6 dark:bg-amber-950/30"
          >
            Last checked on {formatDate(post.reviewed)}. Tools change quickly, so some details may
            have changed since.
          </p>
        ) : null}
      </header>

      {post.thumbnail ? (
        <PostThumbnail
          src={post.thumbnail.src}
          alt={post.thumbnail.alt}
          eager
          sizes={POST_BODY_SIZES}
          className={`${column} mt-8`}
        />
      ) : null}

      <aside className="mt-8 xl:col-start-2 xl:row-span-5 xl:row-start-1 xl:mt-0">
        <div className="xl:sticky xl:top-8">
          <TableOfContents headings={headings} />
        </div>
      </aside>

      <div
        className={`${column} prose prose-zinc mt-10 max-w-none sm:prose-lg dark:prose-invert prose-headings:tracking-tight prose-a:text-accent prose-a:underline-offset-2`}
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
