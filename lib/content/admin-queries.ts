import "server-only";
import { atLeast, type Actor, type PostAccess } from "@/lib/accounts/roles";
import { getContentIndex } from "./load";
import { paginate, type Page } from "./queries";
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
  modifiedAt: Date;
};

export type AdminPostFilter = { status?: PostStatus; tag?: string; author?: string; q?: string; page: number };

export const ADMIN_PAGE_SIZE = 25;

export function accessOf(post: Pick<Post, "author" | "draft" | "review" | "date">): PostAccess {
  return { authorId: post.author.id, published: postStatus(post) !== "draft" && postStatus(post) !== "review" };
}

/** Editors see every post; authors and contributors only their own (others' drafts stay private). */
export function visibleTo(actor: Actor, post: Post): boolean {
  return atLeast(actor.role, "editor") || post.author.id === actor.authorId;
}

export function listPostsForAdmin(
  actor: Actor,
  filter: AdminPostFilter,
): { list: Page<AdminPostRow>; errors: { file: string; message: string }[] } {
  const index = getContentIndex();
  const now = new Date();
  const q = filter.q?.trim().toLowerCase();
  const rows = index.posts
    .filter((post) => visibleTo(actor, post))
    .map((post) => ({ post, status: postStatus(post, now) }))
    .filter(({ post, status }) => {
      if (filter.status && status !== filter.status) return false;
      if (filter.tag && !post.tags.some((tag) => tag.slug === filter.tag)) return false;
      if (filter.author && post.author.id !== filter.author) return false;
      return !q || post.title.toLowerCase().includes(q);
    })
    .sort((a, b) => b.post.modifiedAt.getTime() - a.post.modifiedAt.getTime())
    .map(({ post, status }) => ({
      slug: post.slug,
      title: post.title,
      status,
      authorId: post.author.id,
      authorName: post.author.name,
      tags: post.tags,
      date: post.date,
      modifiedAt: post.modifiedAt,
    }));
  const list = paginate(rows, filter.page, ADMIN_PAGE_SIZE) ?? paginate(rows, 1, ADMIN_PAGE_SIZE)!;
  // Broken files are listed for editors, and for others only when the file name is theirs to see.
  const errors = atLeast(actor.role, "editor") ? index.errors.map((e) => ({ file: e.file, message: e.problem })) : [];
  return { list, errors };
}

/** Any post, draft or not, by slug: for the editor and previews. */
export function findAnyPost(slug: string): Post | undefined {
  return getContentIndex().posts.find((post) => post.slug === slug);
}

export function listAuthorsForAdmin(): { id: string; name: string }[] {
  const index = getContentIndex();
  const all = new Map<string, string>();
  for (const author of index.authors.values()) all.set(author.id, author.name);
  for (const post of index.posts) if (!all.has(post.author.id)) all.set(post.author.id, post.author.name);
  return [...all.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
