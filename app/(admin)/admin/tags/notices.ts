import { pluralise } from "@/lib/format";

/**
 * What the Tags page may say after a rename, merge or delete (those remove the tag's own form, so
 * the action redirects here with `?notice=<key>`). Only these keys are shown, with a post count
 * that must be a plain number and a tag name read from the tag list, never text from the address:
 * `/admin/tags?notice=<any text>` used to display that text as a status message.
 */
const NOTICES = {
  renamed: (posts: number | undefined, tag: string | undefined) =>
    tag && posts !== undefined
      ? `Renamed to "${tag}" in ${pluralise(posts, "post")}. The old address redirects.`
      : "Tag renamed. The old address redirects.",
  merged: (posts: number | undefined) =>
    posts !== undefined
      ? `Merged: ${pluralise(posts, "post")} moved. The old address redirects.`
      : "Tags merged. The old address redirects.",
  deleted: (posts: number | undefined) =>
    posts !== undefined
      ? `Tag deleted and removed from ${pluralise(posts, "post")}.`
      : "Tag deleted.",
} as const;

export type TagNotice = keyof typeof NOTICES;

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The address the tag action redirects to after a change. */
export function tagNoticeHref(notice: TagNotice, posts: number, tag?: string): string {
  const query = new URLSearchParams({ notice, posts: String(posts), ...(tag ? { tag } : {}) });
  return `/admin/tags?${query}`;
}

/** The message for the page's query, or undefined when it names no known notice. */
export function tagNoticeMessage(
  params: Params,
  tagName: (slug: string) => string | undefined,
): string | undefined {
  const key = first(params.notice);
  if (!key || !Object.hasOwn(NOTICES, key)) return undefined;
  const rawPosts = first(params.posts);
  const posts = rawPosts && /^\d{1,6}$/.test(rawPosts) ? Number(rawPosts) : undefined;
  const slug = first(params.tag);
  return NOTICES[key as TagNotice](posts, slug ? tagName(slug) : undefined);
}
