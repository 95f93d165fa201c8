/* eslint-disable @next/next/no-img-element -- thumbnails are site files of unknown size. */
import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PostDate } from "@/components/post/post-date";
import { PostFooterNav } from "@/components/post/post-footer-nav";
import { PostList } from "@/components/post/post-list";
import { TableOfContents } from "@/components/post/table-of-contents";
import { TagLinks } from "@/components/post/tag-links";
import {
  getAdjacentPosts,
  getPublishedPost,
  getPublishedPosts,
  getRelatedPosts,
  isValidSlug,
} from "@/lib/content";
import { renderPost } from "@/lib/mdx/render-post";
import { postJsonLd, postMetadata } from "@/lib/seo/post-metadata";

type Props = { params: Promise<{ slug: string }> };

/** Every published post is rendered at build; a file added later renders on its first request. */
export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

export const revalidate = 300;

async function findPost(params: Props["params"]) {
  const { slug } = await params;
  return isValidSlug(slug) ? getPublishedPost(slug) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  if (!post) notFound();
  const { content, headings } = await renderPost(post);
  const { newer, older } = getAdjacentPosts(post.slug);
  const related = getRelatedPosts(post);

  return (
    <article>
      <header className="mx-auto max-w-3xl border-b border-line pb-6">
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
          className="mx-auto mt-8 aspect-[1200/630] w-full max-w-3xl rounded-lg border border-line object-cover"
        />
      ) : null}

      <div className="mx-auto mt-8 max-w-3xl xl:grid xl:max-w-5xl xl:grid-cols-[1fr_14rem] xl:gap-10">
        <aside className="mb-8 xl:order-2 xl:mb-0">
          <div className="xl:sticky xl:top-8">
            <TableOfContents headings={headings} />
          </div>
        </aside>
        <div className="prose prose-zinc min-w-0 max-w-none dark:prose-invert prose-a:text-accent prose-headings:scroll-mt-20">
          {content}
        </div>
      </div>

      <footer className="mx-auto mt-12 max-w-3xl space-y-10 border-t border-line pt-8">
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
      <JsonLd data={postJsonLd(post)} />
    </article>
  );
}
