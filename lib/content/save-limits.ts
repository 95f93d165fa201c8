import { UserError } from "@/lib/errors";
import { processGlobal } from "@/lib/data/process-global";
import { rateWindow } from "@/lib/data/rate-window";
import { postStatus } from "./status";
import type { Post } from "./types";
import { pluralise } from "@/lib/format";

/**
 * Limits on saving, so one account cannot keep the server busy or fill its memory:
 * - a rate: each save may cost up to a second or two of MDX checking (lib/mdx/budget.ts);
 * - one save at a time per account: a second save (another tab, an autosave) waits for the first,
 *   any more are refused, so one account never holds many checks at once;
 * - a cap on unpublished posts per author, in number and in text: the content index holds every
 *   post's body in memory, and drafts, unlike published posts, need nobody's approval.
 * The rate and the saves in progress are kept in memory: a restart forgets them.
 */

export const SAVES_PER_MINUTE = 60;
/** Saves of one account that may wait behind the one running; more are refused. */
const MAX_WAITING = 1;

export const MAX_UNPUBLISHED_POSTS = 200;
/** Body text of one author's unpublished posts, in characters (a byte each for most text). */
export const MAX_UNPUBLISHED_TEXT = 20 * 1024 * 1024;

export const SAVE_IN_PROGRESS =
  "Your other saves are still in progress. Wait for them to finish, then save again.";

export function tooManySaves(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return (
    `Too many saves: at most ${SAVES_PER_MINUTE} a minute. ` +
    `Saving will work again in ${pluralise(seconds, "second")}.`
  );
}

export const tooManyUnpublished = (self: boolean) =>
  `${self ? "You already have" : "This post's author already has"} ${MAX_UNPUBLISHED_POSTS} ` +
  "unpublished posts (drafts, posts in review and scheduled posts), the most one mentor may have. " +
  "Publish or delete some of them first.";

export const unpublishedTooLong = (self: boolean) =>
  `${self ? "Your" : "This author's"} unpublished posts would hold more than ` +
  `${MAX_UNPUBLISHED_TEXT / 1024 / 1024} MB of text together, the most one mentor may have. ` +
  "Publish or delete some of them, or shorten this post.";

type Lane = { running: number; tail: Promise<unknown> };

const saves = rateWindow("saves", SAVES_PER_MINUTE);
const state = processGlobal("save-limits", () => ({ lanes: new Map<string, Lane>() }));

/**
 * Counts one save; throws the refusal when the account has saved SAVES_PER_MINUTE times in the
 * last minute. A refused save does not count, so an editor that retries gets through in time.
 */
export function takeSave(accountId: string, now = Date.now()): void {
  const waitMs = saves.take(accountId, now);
  if (waitMs > 0) throw new UserError(tooManySaves(waitMs));
}

/**
 * Runs `save` for an account once its earlier save has finished. `rateLimited`: the save also
 * counts toward SAVES_PER_MINUTE (autosaves too). Refusals are thrown as UserErrors.
 */
export async function withSaveSlot<T>(
  accountId: string,
  options: { rateLimited: boolean },
  save: () => Promise<T>,
): Promise<T> {
  const lane = state.lanes.get(accountId) ?? { running: 0, tail: Promise.resolve() };
  if (lane.running > MAX_WAITING) throw new UserError(SAVE_IN_PROGRESS);
  if (options.rateLimited) takeSave(accountId);
  lane.running++;
  state.lanes.set(accountId, lane);
  const run = lane.tail.then(save, save);
  lane.tail = run.catch(() => undefined);
  try {
    return await run;
  } finally {
    if (--lane.running === 0) state.lanes.delete(accountId);
  }
}

/** What a save would change in its author's unpublished posts. */
export type UnpublishedChange = {
  /** The author the post has after the save. */
  authorId: string;
  /** The post's slug before the save (absent for a new post): its old version is replaced. */
  replaces?: string;
  /** Whether the saved post is unpublished (a draft, in review or scheduled). */
  unpublished: boolean;
  /** Its body's length in characters. */
  size: number;
  /** The author is the mentor saving: the refusal says "you". */
  self: boolean;
};

/**
 * The refusal for a save that would take its author past MAX_UNPUBLISHED_POSTS or
 * MAX_UNPUBLISHED_TEXT, or undefined. Only a save that adds to the count or the text is refused:
 * an author over a limit (posts imported, or written by hand) can still shorten, publish or
 * delete. `posts` is the content index.
 */
export function unpublishedProblem(
  posts: readonly Pick<Post, "slug" | "author" | "draft" | "review" | "date" | "body">[],
  change: UnpublishedChange,
  now = new Date(),
): string | undefined {
  let count = 0;
  let text = 0;
  let replaced: { count: number; text: number } = { count: 0, text: 0 };
  for (const post of posts) {
    if (post.author.id !== change.authorId || postStatus(post, now) === "published") continue;
    count++;
    text += post.body.length;
    if (post.slug === change.replaces) replaced = { count: 1, text: post.body.length };
  }
  const added = change.unpublished ? { count: 1, text: change.size } : { count: 0, text: 0 };
  const countAfter = count - replaced.count + added.count;
  const textAfter = text - replaced.text + added.text;
  if (countAfter > count && countAfter > MAX_UNPUBLISHED_POSTS)
    return tooManyUnpublished(change.self);
  if (textAfter > text && textAfter > MAX_UNPUBLISHED_TEXT) return unpublishedTooLong(change.self);
  return undefined;
}
