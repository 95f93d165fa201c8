import { MAX_PAGE_SLUG_LENGTH } from "@/lib/content/page-slugs";
import { PAGE_DESCRIPTION_MAX, PAGE_TITLE_MAX } from "@/lib/content/pages";

/**
 * The editor's input limits, from the one place each is declared. The limits on saving (the
 * number of pages, the rate, the body's size and render budget) are the server's, in
 * lib/content/page-limits.ts.
 */
export const PAGE_LIMITS = {
  title: PAGE_TITLE_MAX,
  description: PAGE_DESCRIPTION_MAX,
  slug: MAX_PAGE_SLUG_LENGTH,
};
