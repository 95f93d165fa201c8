import "server-only";

/**
 * The content module: the only code that touches the content folder. Pages, feeds and actions read
 * through these functions and never use `fs` themselves.
 */
export { ContentError } from "./content-error";
export { getContentIndex, invalidateContentIndex, loadContent } from "./load";
export { isValidSlug } from "@/lib/data/slug";
export {
  getAdjacentPosts,
  getAuthor,
  getAuthors,
  getBylineAuthor,
  getPostsByAuthor,
  getPostsByTag,
  getPublishedPost,
  getPublishedPosts,
  getRelatedPosts,
  getAllTagsForAdmin,
  getTag,
  getTagRedirect,
  getTags,
  isPublished,
  paginate,
  parsePageParam,
  type Page,
  type TagSummary,
} from "./queries";
export {
  newestPublished,
  PRERENDER_LIST_PAGES,
  prerenderedListPages,
  prerenderedPostParams,
} from "./prerender";
export { searchPage, searchPosts, MAX_QUERY_LENGTH, type SearchResult } from "./search";
export type { Author, Post } from "./types";
export type { Tag } from "./tags";
