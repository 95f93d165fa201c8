// Posts older than the newest PRERENDER_POSTS are not rendered by the build: the first reader of
// each pays for its render, later readers get the cached page. This measures both, on posts the
// build left out, and the headers of a prerendered and an on-demand post side by side.
import { median } from "./measure.mjs";

/** The build's default, as lib/env.ts reads it. */
export const PRERENDER_POSTS = Number(process.env.PRERENDER_POSTS || 300);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function timed(url) {
  const started = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ms: performance.now() - started, res, body };
}

const CACHE_HEADERS = ["cache-control", "x-nextjs-cache", "x-nextjs-prerender", "content-type"];

/**
 * `oldSlugs` must be posts the build did not render; `prerenderedSlug` one it did. Each old post
 * is requested twice, one after the other: the first request renders it, the second is cached.
 */
export async function measureOnDemand(base, oldSlugs, prerenderedSlug) {
  const first = [];
  const later = [];
  let onDemandHeaders;
  for (const slug of oldSlugs) {
    const cold = await timed(`${base}/blog/${slug}`);
    first.push(cold.ms);
    onDemandHeaders ??= Object.fromEntries(CACHE_HEADERS.map((h) => [h, cold.res.headers.get(h)]));
    later.push((await timed(`${base}/blog/${slug}`)).ms);
  }
  const warm = await timed(`${base}/blog/${prerenderedSlug}`);
  const built = [];
  for (let i = 0; i < oldSlugs.length; i++)
    built.push((await timed(`${base}/blog/${prerenderedSlug}`)).ms);
  return {
    posts: oldSlugs.length,
    firstP50Ms: percentile(first, 50),
    firstP95Ms: percentile(first, 95),
    laterMedianMs: median(later),
    prerenderedMedianMs: median(built),
    headers: {
      prerendered: Object.fromEntries(CACHE_HEADERS.map((h) => [h, warm.res.headers.get(h)])),
      onDemand: onDemandHeaders,
    },
  };
}
