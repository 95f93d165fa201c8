import { z } from "zod";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/data/slug";
import { parseContentDate } from "@/lib/content/content-date";
import { formShape, POST_FIELDS, type PostFields } from "@/lib/content/fields";
import { MAX_TAGS, MAX_TAG_LENGTH, parseTagList, TAG_LIMIT_MESSAGES } from "@/lib/content/tag-list";
import { MAX_MDX_LENGTH, TOO_LONG } from "@/lib/mdx/limits";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/validations/names";
import {
  hasTextControlCharacters,
  oneLineText,
  TEXT_CONTROL_MESSAGE,
} from "@/lib/validations/text";
import { isSitePath } from "@/lib/mdx/safe-url";

import { POST_INTENTS } from "@/lib/content/workflow";

export { POST_INTENTS, type PostIntent } from "@/lib/content/workflow";

/** The body limit lives with the other MDX limits (lib/mdx/limits.ts). */
export const MAX_BODY_LENGTH = MAX_MDX_LENGTH;

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, `Use at most ${MAX_SLUG_LENGTH} characters.`)
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, like my-first-post.");

/** Optional one-line text (title-like fields: no control characters, see text.ts). */
const optionalLine = (max: number) =>
  oneLineText()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v || undefined)
    .optional();

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v || undefined)
    .optional();

/** The editor's UTC form value (it converts from the mentor's zone: zoned-date-input.tsx). */
const dateTime = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const date = parseContentDate(value.length === 16 ? `${value}:00Z` : value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date and time." });
      return z.NEVER;
    }
    return date;
  })
  .optional();

/** An image on this site (`/media/…` or a file in public/), or empty: nothing from other hosts. */
export const siteImageField = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === "" || isSitePath(v), "Use an image on this site, like /media/….");

/**
 * A day from a date input ("2026-06-18"); empty clears it (null), and a form that does not send
 * the field at all (undefined) leaves the file's value alone.
 */
const day = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseContentDate(value) : undefined;
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date." });
      return z.NEVER;
    }
    return date;
  })
  .optional();

/** The editor's comma-separated tags, read like front matter tags (lib/content/tag-list.ts). */
const tags = z
  .string()
  .max(1000)
  .optional()
  .transform(parseTagList)
  .pipe(
    z
      .array(
        z
          .string()
          .max(MAX_TAG_LENGTH, TAG_LIMIT_MESSAGES.tooLong)
          .refine((tag) => !hasControlCharacters(tag), CONTROL_CHARACTER_MESSAGE),
      )
      .max(MAX_TAGS, TAG_LIMIT_MESSAGES.tooMany),
  );

/** The checks the field registry (lib/content/fields.ts) builds the form schema from. */
const formKit = {
  requiredLine: (max: number, empty: string) =>
    oneLineText().min(1, empty).max(max, `Use at most ${max} characters.`),
  optionalLine,
  optionalText,
  dateTime,
  day,
  tags,
  slugOrEmpty: z.union([z.literal(""), slugField]).optional(),
  siteImage: siteImageField.optional(),
  httpUrl: (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "Use an absolute http(s) URL.")
      .optional(),
};
export type FormKit = typeof formKit;

/** A review note's longest text: a few paragraphs, not a second post. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * A review note as typed: plain text kept as written (line breaks too), shown as text, never
 * rendered as HTML or MDX. Control characters other than line breaks and tabs are refused.
 */
export const noteField = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .max(MAX_NOTE_LENGTH, `Shorten the note to at most ${MAX_NOTE_LENGTH} characters.`)
      .refine(
        (text) => !hasTextControlCharacters(text.replace(/[\n\t]/g, " ")),
        TEXT_CONTROL_MESSAGE,
      ),
  );

/** What the editor sends besides the front matter fields. */
const editorShape = {
  intent: z.enum(POST_INTENTS),
  /** The note that goes with "Send back" (lib/publishing/review-notes.ts keeps it). */
  note: noteField.optional(),
  autosave: z.literal("1").optional(),
  overwrite: z.literal("1").optional(),
  originalSlug: z.union([z.literal(""), slugField]).optional(),
  version: z.string().max(64).optional(),
  slug: slugField,
  // Browsers send form text with CRLF line breaks; files and the editor use LF.
  body: z
    .string()
    .max(MAX_BODY_LENGTH, TOO_LONG)
    .transform((text) => text.replace(/\r\n?/g, "\n")),
};

/** The post editor's fields, as the form sends them: the registry's, plus slug and body. */
export const postFormSchema = z.object({ ...editorShape, ...formShape(formKit, POST_FIELDS) });

/** The form schema for another list of fields (tests add a field to a copy of the registry). */
export const postFormSchemaFor = (fields: PostFields) =>
  z.object({ ...editorShape, ...formShape(formKit, fields) });

export type PostForm = z.infer<typeof postFormSchema>;
