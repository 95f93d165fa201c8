import type { Post } from "./types";

export const POST_STATUSES = ["draft", "review", "scheduled", "published"] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const STATUS_LABELS: Record<PostStatus, string> = {
  draft: "Draft",
  review: "In review",
  scheduled: "Scheduled",
  published: "Published",
};

/** Where a post stands, from its front matter and the clock. */
export function postStatus(
  post: Pick<Post, "draft" | "review" | "date">,
  now = new Date(),
): PostStatus {
  if (post.draft) return post.review ? "review" : "draft";
  return post.date.getTime() > now.getTime() ? "scheduled" : "published";
}

/**
 * Published or scheduled: the post is out of the draft workflow, and changing it is publishing
 * (readers see it now, or will at its date without anyone acting again).
 */
export const isPublic = (status: PostStatus | undefined): boolean =>
  status === "published" || status === "scheduled";
