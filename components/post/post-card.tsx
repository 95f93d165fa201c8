/* eslint-disable @next/next/no-img-element -- thumbnails are site files of unknown size. */
import Link from "next/link";
import type { Post } from "@/lib/content";
import { PostDate } from "./post-date";
import { TagLinks } from "./tag-links";

/** One post in a list: only the fields a list shows, so list pages stay light however long the blog. */
export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-4 py-6 sm:flex-row">
      <div className="min-w-0 flex-1">
        <Heading className="text-xl font-semibold tracking-tight">
          <Link href={`/blog/${post.slug}`} className="hover:text-accent">
            {post.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <PostDate date={post.date} /> · {post.readingMinutes} min read
        </p>
        {post.description ? <p className="mt-2 leading-7">{post.description}</p> : null}
        <div className="mt-3">
          <TagLinks tags={post.tags} label={`Tags for ${post.title}`} />
        </div>
      </div>
      {post.thumbnail ? (
        <img
          src={post.thumbnail.src}
          alt=""
          loading="lazy"
          decoding="async"
          className="aspect-[1200/630] w-full rounded-md border border-line object-cover sm:w-48"
        />
      ) : null}
    </article>
  );
}
