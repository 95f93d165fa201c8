import { siteConfig } from "@/lib/site-config";
import {
  assertContentValid,
  getContentIndex,
  invalidateContentIndex,
  postFileExists,
} from "./load";
import { resolveTagRedirect } from "./tag-meta";
import { tagNames, withTagNames } from "./tag-names";
import type { Author, Post } from "./types";

/** The one rule for what readers see: not a draft, and not dated in the future. */
export function isPublished(post: Post, now: Date = new Date()): boolean {
  return !post.draft && post.date.getTime() <= now.getTime();
}

/** Published posts, newest first, each tag under its one display name (tag-names.ts). */
export function getPublishedPosts(now: Date = new Date()): Post[] {
  const index = getContentIndex();
  assertContentValid(index);
  return withTagNames(
    index,
    index.posts.filter((post) => isPublished(post, now)),
  );
}

export function getPublishedPost(slug: string): Post | undefined {
  const index = getContentIndex();
  const known =
    index.posts.some((post) => post.slug === slug) ||
    index.errors.some((error) => error.file.startsWith(`posts/${slug}.`));
  // A file added after the index was read (or the build ran): read the folder again, once.
  if (!known && postFileExists(slug)) invalidateContentIndex();
  return getPublishedPosts().find((post) => post.slug === slug);
}

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

/** One page of a list; page numbers start at 1. Returns undefined past the end. */
export function paginate<T>(
  items: T[],
  page: number,
  size = siteConfig.postsPerPage,
): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return {
    items: items.slice((page - 1) * size, page * size),
    page,
    totalPages,
    total: items.length,
  };
}

/** Parses a `[page]` route segment: only plain positive integers are pages. */
export function parsePageParam(value: string): number {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : NaN;
}

export type TagSummary = { slug: string; name: string; count: number; description?: string };

/** Tags on published posts, most used first; names and descriptions from tags.yml win. */
export function getTags(): TagSummary[] {
  return summariseTags(getPublishedPosts(), false);
}

/** Every tag on any post (drafts included) and every tag defined in tags.yml, for the admin. */
export function getAllTagsForAdmin(): TagSummary[] {
  return summariseTags(getContentIndex().posts, true);
}

/** Tags of these posts, named by tags.yml or their most common spelling, most used first. */
export function summariseTags(posts: Post[], includeUnused: boolean): TagSummary[] {
  const { tagMeta } = getContentIndex();
  const names = tagNames(posts, tagMeta);
  const counts = new Map<string, number>();
  // A post's tags are unique by slug, so each is one post.
  for (const post of posts)
    for (const tag of post.tags) counts.set(tag.slug, (counts.get(tag.slug) ?? 0) + 1);
  const summaries = [...counts.entries()].map(([slug, count]) => ({
    slug,
    name: names.get(slug) ?? slug,
    count,
    description: tagMeta.tags[slug]?.description,
  }));
  if (includeUnused) {
    for (const [slug, meta] of Object.entries(tagMeta.tags)) {
      if (!counts.has(slug))
        summaries.push({ slug, name: meta.name || slug, count: 0, description: meta.description });
    }
  }
  return summaries.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Where a renamed or merged tag's old URL should now point, if anywhere. */
export function getTagRedirect(slug: string): string | undefined {
  return resolveTagRedirect(getContentIndex().tagMeta, slug);
}

export function getTag(slug: string): TagSummary | undefined {
  return getTags().find((tag) => tag.slug === slug);
}

export function getPostsByTag(slug: string): Post[] {
  return getPublishedPosts().filter((post) => post.tags.some((tag) => tag.slug === slug));
}

/**
 * Every byline with at least one published post, with its profile when there is one. A profile
 * alone (an invited mentor who never accepted or never published) gets no public page, no place
 * in /authors and no sitemap entry: accounts are private until their owner publishes.
 */
export function getAuthors(): Author[] {
  const { authors } = getContentIndex();
  const published = new Map<string, Author>();
  for (const post of getPublishedPosts()) {
    if (published.has(post.author.id)) continue;
    published.set(
      post.author.id,
      authors.get(post.author.id) ?? {
        id: post.author.id,
        name: post.author.name,
        links: [],
        hasProfile: false,
      },
    );
  }
  return [...published.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getAuthor(id: string): Author | undefined {
  return getAuthors().find((author) => author.id === id);
}

/**
 * The profile behind a post's byline (its picture, for the byline), or the byline alone: an
 * imported name without a profile file still gets initials (components/author-avatar.tsx).
 */
export function getBylineAuthor(post: Pick<Post, "author">): Author {
  return (
    getContentIndex().authors.get(post.author.id) ?? {
      id: post.author.id,
      name: post.author.name,
      links: [],
      hasProfile: false,
    }
  );
}

export function getPostsByAuthor(id: string): Post[] {
  return getPublishedPosts().filter((post) => post.author.id === id);
}

/** Newer and older neighbours in the published list. */
export function getAdjacentPosts(slug: string): { newer?: Post; older?: Post } {
  const posts = getPublishedPosts();
  const at = posts.findIndex((post) => post.slug === slug);
  if (at === -1) return {};
  return { newer: posts[at - 1], older: posts[at + 1] };
}

/** Posts sharing the most tags with this one, newest first on a tie. */
export function getRelatedPosts(post: Post, limit = 3): Post[] {
  const mine = new Set(post.tags.map((tag) => tag.slug));
  if (mine.size === 0) return [];
  return getPublishedPosts()
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => mine.has(tag.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}
