import { z } from "zod";
import { hasTextControlCharacters, oneLine } from "@/lib/validations/text";
import { parseContentDate } from "./content-date";
import { fileShape, POST_FIELDS, type PostFields } from "./fields";
import { parseTagList } from "./tag-list";

export { parseContentDate } from "./content-date";

/**
 * The front matter a post may carry. Field names follow the Eleventy blog our first authors come
 * from (`meta_title`, `thumbnail`, ...), so their files work unchanged.
 */

/** The shape of a post id (crypto.randomUUID()); lowercase hex. */
export const POST_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXAMPLE_ID = "3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47";

const DATE_HINT = "must be a date like 2024-10-05 or 2024-10-05T16:05:00Z";

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

/** Tags as written (a list, one comma-separated string, or a single number): see tag-list.ts. */
const tagList = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .nullish()
  .transform(parseTagList);

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

const flag = z
  .boolean({ error: "must be true or false" })
  .nullish()
  .transform((v) => v ?? false);

/** The checks the field registry (fields.ts) builds the front matter schema from. */
const fileKit = {
  postId: postIdField,
  requiredLine: lineText.min(1, "must not be empty"),
  optionalLine,
  optionalText,
  date: dateField,
  optionalDate: dateField.nullish().transform((value) => value ?? undefined),
  tags: tagList,
  httpUrl,
  flag,
  ignored: z.unknown().optional(),
};
export type FileKit = typeof fileKit;

/** Every field of the registry (fields.ts); unknown fields are kept, as Eleventy files have them. */
export const frontMatterSchema = z.looseObject(fileShape(fileKit, POST_FIELDS));

/** The schema for another list of fields (tests add a field to a copy of the registry). */
export const frontMatterSchemaFor = (fields: PostFields) =>
  z.looseObject(fileShape(fileKit, fields));

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
