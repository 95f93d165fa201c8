import fs from "node:fs";
import { fileForSlug, postsDir } from "@/lib/data/content-paths";
import { isValidSlug } from "@/lib/data/slug";
import { readRedirects, redirectsFile, type Redirects } from "@/lib/content/redirects";

let cached: { key: string; redirects: Redirects } | undefined;

/** redirects.yml, read again only when it changes (proxy.ts asks on every post request). */
function redirects(): Redirects | undefined {
  try {
    const stat = fs.lstatSync(/*turbopackIgnore: true*/ redirectsFile(), { throwIfNoEntry: false });
    const key = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : "none";
    if (cached?.key !== key) cached = { key, redirects: readRedirects() };
    return cached.redirects;
  } catch {
    return undefined; // an unreadable file: the content check names it
  }
}

const livePost = (slug: string) =>
  [".mdx", ".md"].some((ext) =>
    fs.existsSync(/*turbopackIgnore: true*/ fileForSlug(postsDir(), slug, ext)),
  );

/**
 * Where a post that used to live at `pathname` lives now, or undefined. A post now at that
 * address wins over the redirect. Answered in proxy.ts, before Next renders, for the same reason
 * as renamed tags (lib/routing/tag-redirect.ts).
 */
export function postRedirectFor(pathname: string): string | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  const posts = redirects()?.posts;
  // Eleventy-style addresses end in "/": either spelling of a path finds its entry.
  const entry = posts?.[path] ?? posts?.[`${path}/`];
  if (!entry || !isValidSlug(entry.to) || !livePost(entry.to)) return undefined;
  const slug = /^\/blog\/([^/]+)$/.exec(path)?.[1];
  if (slug && isValidSlug(slug) && livePost(slug)) return undefined;
  return `/blog/${entry.to}`;
}
