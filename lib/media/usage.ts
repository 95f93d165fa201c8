import "server-only";
import type { Actor } from "@/lib/accounts/roles";
import { postOpenTo } from "@/lib/content/admin-queries";
import { getContentIndex } from "@/lib/content/load";
import { listPages } from "@/lib/content/pages";
import { siteConfig } from "@/lib/site-config";
import { pluralise } from "@/lib/format";
import { MEDIA_NAME_PATTERN } from "./names";

/** Where an upload is used, as one mentor may know it. */
export type MediaUsage = {
  /** Slugs of posts (drafts included) that use it and that this mentor may see. */
  posts: string[];
  /** Posts that use it but are another mentor's drafts: counted, never named. */
  hiddenPosts: number;
  /** Author profiles whose avatar it is (profiles are public). */
  profiles: string[];
  /** The site itself: its logo, and site pages (About…), which are not anyone's drafts. */
  site: string[];
};

/** An upload's address anywhere in a text; its name has the shape MEDIA_NAME accepts. */
const NAME = MEDIA_NAME_PATTERN;
const MEDIA_LINK = new RegExp(`/media/(${NAME})`, "g");
const MEDIA_PATH = new RegExp(`^/media/(${NAME})$`);

/**
 * Every use of every upload, in one pass over the content: post bodies and thumbnails (drafts
 * included: deleting an image a draft uses would break it on publication) and author avatars.
 * `viewer` decides which posts are named (postOpenTo: editors see all; others published posts
 * and their own); omitted, every post is named.
 */
export function mediaUsage(viewer?: Actor): (name: string) => MediaUsage {
  const { posts, authors } = getContentIndex();
  const uses = new Map<string, MediaUsage>();
  const entry = (name: string) => {
    let usage = uses.get(name);
    if (!usage) uses.set(name, (usage = { posts: [], hiddenPosts: 0, profiles: [], site: [] }));
    return usage;
  };
  const now = new Date();
  for (const post of posts) {
    const names = new Set(
      [post.body, post.thumbnailSource ?? ""].flatMap((text) =>
        [...text.matchAll(MEDIA_LINK)].map((match) => match[1]!),
      ),
    );
    const named = !viewer || postOpenTo(viewer, post, now);
    for (const name of names) {
      // By title, in quotes: the way a mentor knows a post.
      if (named) entry(name).posts.push(`“${post.title}”`);
      else entry(name).hiddenPosts++;
    }
  }
  for (const author of authors.values()) {
    const name = author.avatar?.match(MEDIA_PATH)?.[1];
    if (name) entry(name).profiles.push(author.name);
  }
  const logo = siteConfig.logo?.match(MEDIA_PATH)?.[1];
  if (logo) entry(logo).site.push("the site logo");
  for (const page of listPages())
    for (const name of new Set([...page.body.matchAll(MEDIA_LINK)].map((match) => match[1]!)))
      entry(name).site.push(`the page “${page.title}”`);
  return (name) => uses.get(name) ?? { posts: [], hiddenPosts: 0, profiles: [], site: [] };
}

export const isUsed = (usage: MediaUsage) =>
  usage.posts.length + usage.hiddenPosts + usage.profiles.length + usage.site.length > 0;

/** "“First steps”, “My draft” and 1 post you cannot see", for messages and the Media page. */
export function describeUsage(usage: MediaUsage): string {
  const parts = [
    ...usage.posts,
    ...usage.profiles.map((name) => `the profile of ${name}`),
    ...usage.site,
    ...(usage.hiddenPosts ? [`${pluralise(usage.hiddenPosts, "post")} you cannot see`] : []),
  ];
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
