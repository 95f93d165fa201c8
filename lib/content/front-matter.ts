import { z } from "zod";
import { hasTextControlCharacters, oneLine } from "@/lib/validations/text";

/**
 * The front matter a post may carry. Field names follow the Eleventy blog our first authors come
 * from (`meta_title`, `thumbnail`, ...), so their files work unchanged.
 */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The shape of a post id (crypto.randomUUID()); lowercase hex. */
export const POST_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXAMPLE_ID = "3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47";

const DATE_HINT = "must be a date like 2024-10-05 or 2024-10-05T16:05:00Z";

/**
 * Dates arrive as text (front matter is parsed with YAML's core schema, which leaves them alone), so
 * impossible days like 2024-02-30 are caught here instead of silently rolling over to March. A time
 * without an offset is read as UTC, so every server agrees on when a post goes live.
 */
export function parseContentDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d, hh = "00", mm = "00", ss = "00", zone] = match;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    day.getUTCFullYear() !== Number(y) ||
    day.getUTCMonth() !== Number(m) - 1 ||
    day.getUTCDate() !== Number(d)
  ) {
    return undefined;
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const iso =
    value.length === 10 ? `${value}T00:00:00Z` : value.replace(" ", "T") + (zone ? "" : "Z");
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

const dateField = z
  .union([z.date(), z.string().trim()], {
    error: (issue) => (issue.input === undefined ? "is required" : DATE_HINT),
  })
  .transform((value, ctx) => {
    const parsed =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? undefined
          : value
        : parseContentDate(value);
    if (parsed) return parsed;
    ctx.addIssue({ code: "custom", message: `${DATE_HINT}, got ${JSON.stringify(value)}` });
    return z.NEVER;
  });

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || undefined);

/**
 * Title-like text (title, description, meta_*): one line, and no control characters, which could
 * fake lines of the history or reorder what readers see (see lib/validations/text.ts).
 */
const CONTROL_HINT = "must not contain control characters (invisible formatting characters)";
const lineText = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
  .overwrite(oneLine)
  .trim()
  .refine((value) => !hasTextControlCharacters(value), CONTROL_HINT);
const optionalLine = lineText.nullish().transform((value) => value || undefined);

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

/** A random UUID (crypto.randomUUID()), the post's identity: see post-id.ts. Absent on old files. */
const postIdField = z
  .string({ error: `must be a UUID like ${EXAMPLE_ID}` })
  .trim()
  .toLowerCase()
  .regex(POST_ID_PATTERN, `must be a UUID like ${EXAMPLE_ID}`)
  .nullish()
  .transform((value) => value ?? undefined);

export const frontMatterSchema = z.looseObject({
  id: postIdField,
  title: lineText.min(1, "must not be empty"),
  date: dateField,
  updated: dateField.nullish().transform((value) => value ?? undefined),
  description: optionalLine,
  tags: tagList,
  author: optionalText,
  thumbnail: optionalText,
  thumbnail_alt: optionalText,
  meta_title: optionalLine,
  meta_description: optionalLine,
  canonical: httpUrl,
  draft: z
    .boolean({ error: "must be true or false" })
    .nullish()
    .transform((v) => v ?? false),
  /** A draft a contributor has submitted for an editor to review. */
  review: z
    .boolean({ error: "must be true or false" })
    .nullish()
    .transform((v) => v ?? false),
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
