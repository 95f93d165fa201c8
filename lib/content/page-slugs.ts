import { isValidSlug } from "@/lib/data/slug";

/**
 * Addresses a page may not take, because the site or the server already answers there (routes,
 * files in public/, Next's own paths) or might soon. A page at `/admin` would be unreachable at
 * best and a phishing copy of the sign-in at worst.
 */
export const RESERVED_PAGE_SLUGS = new Set([
  "admin",
  "api",
  "atom",
  "atom-xml",
  "authors",
  "blog",
  "feed",
  "feed-json",
  "feed-xml",
  "feeds",
  "icon",
  "images",
  "index",
  "invite",
  "login",
  "logout",
  "media",
  "next",
  "og",
  "page",
  "pages",
  "posts",
  "preview",
  "public",
  "robots",
  "robots-txt",
  "rss",
  "search",
  "settings",
  "setup",
  "signin",
  "signout",
  "signup",
  "sitemap",
  "sitemap-xml",
  "static",
  "tag",
  "tags",
  "favicon",
  "favicon-ico",
  "well-known",
  "404",
  "500",
]);

export const MAX_PAGE_SLUG_LENGTH = 60;

/** Why a page cannot have this address, in plain words; undefined when it can. */
export function pageSlugProblem(slug: string): string | undefined {
  if (!slug) return "Give the page an address.";
  if (slug.length > MAX_PAGE_SLUG_LENGTH || !isValidSlug(slug))
    return `Use lowercase letters, digits and dashes for the address (at most ${MAX_PAGE_SLUG_LENGTH}), like "about-us".`;
  if (RESERVED_PAGE_SLUGS.has(slug))
    return `The address /${slug} is used by the site itself. Choose another one, like "about-${slug}".`;
  return undefined;
}
