import "server-only";
import { can, type Actor, type PostAccess } from "@/lib/accounts/roles";
import { lastChangeTimes, type ChangeTimes } from "@/lib/history/last-changes";
import { getContentIndex } from "./load";
import { getAllTagsForAdmin, isPublished, paginate, summariseTags, type Page } from "./queries";
import { needsCheck } from "./freshness";
import { postStatus, type PostStatus } from "./status";
import type { Post } from "./types";

export type AdminPostRow = {
  slug: string;
  title: string;
  status: PostStatus;
  authorId: string;
  authorName: string;
  tags: { slug: string; name: string }[];
  date: Date;
  /** When the post last changed (lastChangeOf). */
  lastChange: Date;
};

export type AdminPostFilter = {
  status?: PostStatus;
  tag?: string;
  author?: string;
  q?: string;
  /** Only published posts last checked more than `checkAfterMonths` ago ("Needs a check"). */
  check?: boolean;
  page: number;
};

export const ADMIN_PAGE_SIZE = 25;

/** Who may touch a post: its author's account id (never a display name) and whether it is public. */
export function accessOf(post: Pick<Post, "author" | "draft" | "review" | "date">): PostAccess {
  return {
    authorId: post.author.id,
    published: postStatus(post) !== "draft" && postStatus(post) !== "review",
  };
}

/** Editors see every post; authors and contributors only their own (others' drafts stay private). */
export function visibleTo(actor: Actor, post: Post): boolean {
  return can.editAnyPost(actor) || can.ownsPost(actor, { authorId: post.author.id });
}

/**
 * When a post last changed: its newest change in the history, or, for a post the history has no
 * change of (on the blog before the history began, or copied in by hand), its file's last write.
 * Not the file's time alone: copying the content folder (a deploy, a backup) gives every file the
 * same one.
 */
export function lastChangeOf(post: Pick<Post, "file" | "modifiedAt">, times: ChangeTimes): Date {
  return times.get(post.file) ?? post.modifiedAt;
}

export async function listPostsForAdmin(
  actor: Actor,
  filter: AdminPostFilter,
  /** The site's setting: how long a check holds (lib/content/freshness.ts). */
  checkAfterMonths = 24,
): Promise<{
  list: Page<AdminPostRow>;
  errors: { file: string; message: string }[];
  /** How many of this mentor's published posts need a check. */
  dueForCheck: number;
}> {
  const index = getContentIndex();
  const times = await lastChangeTimes();
  const now = new Date();
  const q = filter.q?.trim().toLowerCase();
  const all = index.posts
    .filter((post) => visibleTo(actor, post))
    .map((post) => ({
      post,
      status: postStatus(post, now),
      lastChange: lastChangeOf(post, times),
    }));
  const due = ({ post, status }: (typeof all)[number]) =>
    status === "published" && needsCheck(post, checkAfterMonths, now);
  const rows = all
    .filter((row) => {
      const { post, status } = row;
      if (filter.status && status !== filter.status) return false;
      if (filter.check && !due(row)) return false;
      if (filter.tag && !post.tags.some((tag) => tag.slug === filter.tag)) return false;
      if (filter.author && post.author.id !== filter.author) return false;
      return !q || post.title.toLowerCase().includes(q);
    })
    .sort((a, b) => b.lastChange.getTime() - a.lastChange.getTime())
    .map(({ post, status, lastChange }) => ({
      slug: post.slug,
      title: post.title,
      status,
      authorId: post.author.id,
      authorName: post.author.name,
      tags: post.tags,
      date: post.date,
      lastChange,
    }));
  const list = paginate(rows, filter.page, ADMIN_PAGE_SIZE) ?? paginate(rows, 1, ADMIN_PAGE_SIZE)!;
  // Broken files are listed for editors, and for others only when the file name is theirs to see.
  const errors = can.editAnyPost(actor)
    ? index.errors.map((e) => ({ file: e.file, message: e.problem }))
    : [];
  return { list, errors, dueForCheck: all.filter(due).length };
}

/** Posts waiting for review that this mentor may see (all of them for editors), oldest change first. */
export function postsInReview(actor: Actor, now = new Date()): Post[] {
  return getContentIndex()
    .posts.filter((post) => visibleTo(actor, post) && postStatus(post, now) === "review")
    .sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime());
}

/** Any post, draft or not, by slug: for the editor and previews. */
export function findAnyPost(slug: string): Post | undefined {
  return getContentIndex().posts.find((post) => post.slug === slug);
}

/** Any post, draft or not, by its permanent id (share links, history): survives renames. */
export function findPostById(id: string): Post | undefined {
  if (!id) return undefined;
  return getContentIndex().posts.find((post) => post.id === id);
}

/**
 * Bylines the admin may show this mentor. Editors assign authors, so they get every profile and
 * byline; anyone else only their own (another mentor's name on a draft is that mentor's business).
 */
export function listAuthorsForAdmin(actor: Actor): { id: string; name: string }[] {
  const index = getContentIndex();
  if (!can.editAnyPost(actor)) {
    const own =
      index.authors.get(actor.authorId)?.name ??
      index.posts.find((post) => post.author.id === actor.authorId)?.author.name;
    return own ? [{ id: actor.authorId, name: own }] : [];
  }
  const all = new Map<string, string>();
  for (const author of index.authors.values()) all.set(author.id, author.name);
  for (const post of index.posts)
    if (!all.has(post.author.id)) all.set(post.author.id, post.author.name);
  return [...all.entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Posts whose details (tags, images) this mentor may see in the admin: every post for editors;
 * for others, what readers can see plus their own posts. A draft's tags or images can name an
 * embargoed project, so they stay with the draft's author and the editors.
 */
export function postOpenTo(actor: Actor, post: Post, now = new Date()): boolean {
  return (
    can.editAnyPost(actor) ||
    can.ownsPost(actor, { authorId: post.author.id }) ||
    isPublished(post, now)
  );
}

/**
 * Tags for this mentor's suggestions and filters. Editors get every tag (unused ones in tags.yml
 * too); others only tags of posts open to them, named from those posts (a draft's spelling stays
 * private) unless tags.yml names the tag.
 */
export function listTagsForAdmin(actor: Actor, now = new Date()): { slug: string; name: string }[] {
  if (can.editAnyPost(actor)) return getAllTagsForAdmin().map(({ slug, name }) => ({ slug, name }));
  const open = getContentIndex().posts.filter((post) => postOpenTo(actor, post, now));
  return summariseTags(open, false).map(({ slug, name }) => ({ slug, name }));
}
