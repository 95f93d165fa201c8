import { env } from "@/lib/env";
import { siteConfig } from "@/lib/site-config";
import { getPublishedPosts, isPublished } from "./queries";
import type { Post } from "./types";

/**
 * What `npm run build` renders ahead of time, so a build costs the same with 300 posts or 30,000.
 * Everything else renders on its first request and is then cached exactly like a prerendered page
 * (same ISR lifetime, same Cache-Control, cleared by the same revalidation on publish).
 *
 * Lists: the home page and the blog index's next pages up to this one, and the first page of every
 * tag and author (the address every tag chip and byline links to). Older pages of a tag or author
 * are reached only through "Older posts" and render from the in-memory index without compiling any
 * MDX, so their first visit is cheap; tags and authors grow slowly, posts do not.
 */
export const PRERENDER_LIST_PAGES = 3;

/** The newest `limit` published posts (drafts and future posts never), newest first. */
export function newestPublished(posts: Post[], limit: number, now: Date = new Date()): Post[] {
  return posts
    .filter((post) => isPublished(post, now))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, Math.max(0, limit));
}

/** `generateStaticParams` of a post page: the newest PRERENDER_POSTS published posts. */
export function prerenderedPostParams(): { slug: string }[] {
  return newestPublished(getPublishedPosts(), env.prerenderPosts()).map((post) => ({
    slug: post.slug,
  }));
}

/** The numbers, as route segments, of a list's pages after the first that are rendered ahead. */
export function prerenderedListPages(
  items: number,
  pages = PRERENDER_LIST_PAGES,
  perPage = siteConfig.postsPerPage,
): string[] {
  const last = Math.min(Math.ceil(items / perPage), pages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => String(i + 2));
}
