import Link from "next/link";
import { AuthorAvatar } from "@/components/author-avatar";
import { phoneWidth } from "@/components/media/responsive-image";
import { getBylineAuthor, type Post } from "@/lib/content";
import { PostDate } from "./post-date";
import { PostThumbnail } from "./post-thumbnail";
import { TagLinks } from "./tag-links";

/** How wide a card's picture is: the whole column on a phone, beside the text from 40rem (sm). */
const WIDE_SIZES = `(min-width: 40rem) 32rem, ${phoneWidth("100vw - 2.5rem")}`;
const NARROW_SIZES = `(min-width: 40rem) 14rem, ${phoneWidth("100vw - 2.5rem")}`;

/**
 * One post in a list: only the fields a list shows, so list pages stay light however long the blog.
 * `featured` (the newest post on the home page) gets a large picture beside it on wide screens.
 */
export function PostCard({
  post,
  headingLevel = 2,
  featured = false,
}: {
  post: Post;
  headingLevel?: 2 | 3;
  featured?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const author = getBylineAuthor(post);
  // Without a picture the featured card keeps one column: a half-empty grid looks broken.
  const wide = featured && post.thumbnail !== undefined;
  return (
    <article
      className={
        wide
          ? "grid gap-6 py-8 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)] sm:items-center sm:gap-10"
          : "flex flex-col gap-4 py-7 sm:flex-row sm:items-start sm:gap-8"
      }
    >
      <div className="min-w-0 flex-1">
        <Heading
          className={`font-bold tracking-tight ${featured ? "text-2xl sm:text-3xl" : "text-xl sm:text-[1.375rem]"}`}
        >
          <Link href={`/blog/${post.slug}`} className="hover:text-accent">
            {post.title}
          </Link>
        </Heading>
        {post.description ? (
          <p className={`mt-2 text-muted ${featured ? "text-lg leading-8" : "leading-7"}`}>
            {post.description}
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
          <AuthorAvatar author={author} size="sm" />
          <span className="font-medium text-zinc-800 dark:text-zinc-200">{author.name}</span>
          <span aria-hidden="true">·</span>
          <PostDate date={post.date} />
          <span aria-hidden="true">·</span>
          <span>{post.readingMinutes} min read</span>
        </p>
        <div className="mt-3">
          <TagLinks tags={post.tags} label={`Tags for ${post.title}`} />
        </div>
      </div>
      {post.thumbnail ? (
        <PostThumbnail
          src={post.thumbnail.src}
          eager={featured}
          sizes={wide ? WIDE_SIZES : NARROW_SIZES}
          className={wide ? "order-first sm:order-last" : "order-first sm:order-last sm:w-56"}
        />
      ) : null}
    </article>
  );
}
