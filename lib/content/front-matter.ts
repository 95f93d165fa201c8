import { z } from "zod";

/**
 * The front matter a post may carry. Field names follow the Eleventy blog our first authors come
 * from (`meta_title`, `thumbnail`, ...), so their files work unchanged.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** YAML turns `2024-10-05` into a Date itself; quoted values arrive as strings. */
const DATE_HINT = "must be a date like 2024-10-05 or 2024-10-05T16:05:00Z";

const dateField = z
  .union([z.date(), z.string().trim()], {
    error: (issue) => (issue.input === undefined ? "is required" : DATE_HINT),
  })
  .transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (ISO_DATE.test(value)) {
    const dateOnly = value.length === 10;
    const parsed = new Date(dateOnly ? `${value}T00:00:00Z` : value.replace(" ", "T"));
    // Date() rolls 2024-02-30 over to March: compare back to catch impossible calendar dates.
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value.slice(0, 10)) {
      return parsed;
    }
  }
  ctx.addIssue({
    code: "custom",
    message: `${DATE_HINT}, got ${JSON.stringify(value)}`,
  });
  return z.NEVER;
});

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || undefined);

const tagList = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined) return [];
    const list = Array.isArray(value) ? value : String(value).split(",");
    return list.map((tag) => String(tag).trim()).filter(Boolean);
  });

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
  .nullish()
  .transform((value) => value || undefined);

export const frontMatterSchema = z.looseObject({
  title: z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
    .trim()
    .min(1, "must not be empty"),
  date: dateField,
  updated: dateField.nullish().transform((value) => value ?? undefined),
  description: optionalText,
  tags: tagList,
  author: optionalText,
  thumbnail: optionalText,
  thumbnail_alt: optionalText,
  meta_title: optionalText,
  meta_description: optionalText,
  canonical: httpUrl,
  draft: z.boolean({ error: "must be true or false" }).nullish().transform((v) => v ?? false),
  /** Eleventy's template name: accepted so old posts validate, and ignored. */
  layout: z.unknown().optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Eleventy puts every post in a `post` collection through its tags; that is not a topic. */
const ELEVENTY_COLLECTION_TAGS = new Set(["post", "posts"]);

export function withoutCollectionTags(tags: string[]): string[] {
  return tags.filter((tag) => !ELEVENTY_COLLECTION_TAGS.has(tag.trim().toLowerCase()));
}

/** Formats zod issues as `front matter field "date" must be ...`. */
export function describeFrontMatterIssue(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join(".") || "(root)";
      return `front matter field "${field}" ${issue.message}`;
    })
    .join("; ");
}
