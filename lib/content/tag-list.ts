/**
 * The one reading of a post's tags, wherever they come from: the front matter (a YAML list, one
 * comma-separated string, or a single number such as `tags: 2024`), the editor's comma-separated
 * text, the conflict view and tag renames. Numbers are tags too (`2024` is the tag "2024"): YAML
 * reads an unquoted year as a number, and the author meant the tag. Each tag is trimmed, empty
 * ones are dropped, and exact repeats are kept once (spellings of one tag that differ, like
 * `Machine Learning` and `machine-learning`, are merged later by normaliseTags in tags.ts).
 */

/** How long one tag may be, in characters. */
export const MAX_TAG_LENGTH = 60;
/** How many tags one post may have. */
export const MAX_TAGS = 20;

export const TAG_LIMIT_MESSAGES = {
  tooLong: `Tags have at most ${MAX_TAG_LENGTH} characters.`,
  tooMany: `Use at most ${MAX_TAGS} tags.`,
} as const;

/** Tags as written (any of the shapes above); anything else reads as no tags. */
export function parseTagList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const tags = items
    .filter((item) => typeof item === "string" || typeof item === "number")
    .flatMap((item) => String(item).split(","))
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Tags as the editor's one text field shows them. */
export const tagListText = (value: unknown) => parseTagList(value).join(", ");
