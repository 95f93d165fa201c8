import type { Post } from "./types";

export type ArchiveYear = { year: number; posts: Post[] };

/**
 * Published posts by year (UTC, as every date on the site is shown), newest year first and newest
 * post first within it. `posts` must already be the published ones, newest first.
 */
export function postsByYear(posts: Post[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of posts) {
    const year = post.date.getUTCFullYear();
    const last = years[years.length - 1];
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}

/** A year in an address: four digits, nothing else. */
export function parseYearParam(value: string): number | undefined {
  return /^\d{4}$/.test(value) ? Number(value) : undefined;
}
