import "server-only";
import { can, type Actor } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";
import { postsInReview } from "@/lib/content/admin-queries";
import type { Post } from "@/lib/content/types";
import { readReview, submissionTimes } from "./review-notes";
import type { ReviewQueueRow, ReviewThread } from "./review-thread";

/**
 * A post's review thread, for a mentor who may read it (its author, the editors); empty for anyone
 * else, so a caller that forgets to check shows nothing rather than someone else's notes.
 */
export async function reviewThreadFor(
  actor: Actor,
  post: Pick<Post, "id" | "author">,
): Promise<ReviewThread> {
  if (!post.id || !can.readReviewNotes(actor, { authorId: post.author.id })) return { notes: [] };
  const record = await readReview(post.id);
  if (record.notes.length === 0) return { submittedAt: record.submittedAt, notes: [] };
  const names = new Map((await readAccounts()).map((account) => [account.id, account.name]));
  return {
    submittedAt: record.submittedAt,
    notes: record.notes.map((note) => ({
      id: note.id,
      by: names.get(note.by) ?? "a former account",
      at: note.at,
      text: note.text,
    })),
  };
}

/** The review queue: posts waiting for an editor, longest waiting first. Editors only. */
export async function reviewQueue(actor: Actor): Promise<ReviewQueueRow[]> {
  if (!can.reviewPosts(actor)) return [];
  const times = await submissionTimes();
  return postsInReview(actor)
    .map((post) => ({
      slug: post.slug,
      title: post.title,
      authorName: post.author.name,
      submittedAt: ((post.id && times.get(post.id)) || post.modifiedAt).toISOString(),
    }))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/** How many posts wait for review: the badge in the admin navigation (editors only). */
export const reviewCount = (actor: Actor): number =>
  can.reviewPosts(actor) ? postsInReview(actor).length : 0;
