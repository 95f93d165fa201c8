import type { Post } from "./types";

/**
 * Whether a post's facts may have aged: tutorials break when tools move on. A mentor records the
 * day they last made sure a post still works (`reviewed`, "Last checked" in the editor); the site
 * setting `reviewAfterMonths` says how long that holds.
 */

/** The day a post was last known to be right: its check, else its last update, else its date. */
export const lastChecked = (post: Pick<Post, "reviewed" | "updated" | "date">): Date =>
  post.reviewed ?? post.updated ?? post.date;

/** The moment `months` before `now` (calendar months, in UTC like every date on the site). */
export function monthsBefore(now: Date, months: number): Date {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
}

/**
 * Readers see a notice only when the mentor said when the post was last checked and that was
 * long ago: an old post without a check date is not called out on its own page.
 */
export const showsCheckNotice = (post: Pick<Post, "reviewed">, months: number, now = new Date()) =>
  post.reviewed !== undefined && post.reviewed < monthsBefore(now, months);

/** For the admin: any post whose last known check is older than `months` needs one. */
export const needsCheck = (
  post: Pick<Post, "reviewed" | "updated" | "date">,
  months: number,
  now = new Date(),
) => lastChecked(post) < monthsBefore(now, months);
