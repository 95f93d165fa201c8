import { MAX_MDX_LENGTH } from "@/lib/mdx/limits";
import { SAVES_PER_MINUTE } from "./save-limits";

/**
 * Limits on site pages, in one place (docs/SECURITY.md, "Limits"). Pages are written by editors
 * and up, but a stolen account must not fill the disk or the memory either: every page is read
 * whole to list them (the Pages list, the sitemap, the media usage), so their number is capped,
 * and each save costs an MDX check in the budget worker, so saves share the posts' rate.
 */
export const MAX_PAGES = 100;
/** Page saves count toward the same per-account rate as post saves (./save-limits.ts). */
export const PAGE_SAVES_PER_MINUTE = SAVES_PER_MINUTE;
/** The same body limit as a post (lib/mdx/limits.ts). */
export const MAX_PAGE_BODY_LENGTH = MAX_MDX_LENGTH;

export const TOO_MANY_PAGES =
  `This site already has ${MAX_PAGES} pages, the most it can hold. ` +
  "Delete a page you no longer need first.";
