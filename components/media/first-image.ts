import { cache } from "react";

/**
 * The first picture a page shows is usually what a phone paints last and biggest (the LCP): it is
 * fetched at once with high priority, and every later one waits until it nears the screen. The
 * claim lives for one render (React's `cache` is per request): on a post page the thumbnail claims
 * it when there is one, else the body's first image. Components render in document order, and
 * each claims before its first `await`.
 */
const claim = cache(() => ({ taken: false }));

export function claimFirstImage(): boolean {
  const state = claim();
  if (state.taken) return false;
  state.taken = true;
  return true;
}
