import type { ContentIndex } from "./load";
import type { TagMeta } from "./tag-meta";
import { chooseTagName } from "./tags";
import type { Post } from "./types";

/**
 * One name per tag, wherever it shows (chips on lists and posts, feeds, the tags page): the name
 * set in tags.yml, else the spelling most posts use (chooseTagName). A post's own spelling
 * (`machine-learning`) is kept in its file; readers see `Machine Learning`.
 */
export function tagNames(posts: Post[], meta: TagMeta): Map<string, string> {
  const spellings = new Map<string, string[]>();
  for (const post of posts)
    for (const tag of post.tags)
      spellings.set(tag.slug, [...(spellings.get(tag.slug) ?? []), tag.name]);
  const names = new Map<string, string>();
  for (const [slug, list] of spellings)
    names.set(slug, meta.tags[slug]?.name || chooseTagName(list));
  return names;
}

const named = new WeakMap<ContentIndex, { count: number; posts: Post[] }>();

/**
 * The published posts with their tags named by tagNames. Computed once per content index: within
 * one index the published list only grows (by date), so its length tells the lists apart.
 */
export function withTagNames(index: ContentIndex, published: Post[]): Post[] {
  const known = named.get(index);
  if (known?.count === published.length) return known.posts;
  const names = tagNames(published, index.tagMeta);
  const posts = published.map((post) => ({
    ...post,
    tags: post.tags.map((tag) => ({ slug: tag.slug, name: names.get(tag.slug) ?? tag.name })),
  }));
  named.set(index, { count: published.length, posts });
  return posts;
}
