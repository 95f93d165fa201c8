import { z } from "zod";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/content/paths";
import { parseContentDate } from "@/lib/content/front-matter";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "./names";
import { oneLineText } from "./text";
import { isSitePath } from "@/lib/mdx/safe-url";

import { POST_INTENTS } from "@/lib/content/workflow";

export { POST_INTENTS, type PostIntent } from "@/lib/content/workflow";

export const MAX_BODY_LENGTH = 200_000;

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

/** `datetime-local` values, read as UTC (the form says so). */
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

/** The post editor's fields, as the form sends them. */
export const postFormSchema = z.object({
  intent: z.enum(POST_INTENTS),
  autosave: z.literal("1").optional(),
  overwrite: z.literal("1").optional(),
  originalSlug: z.union([z.literal(""), slugField]).optional(),
  version: z.string().max(64).optional(),
  // The title is also the history's commit message: no control characters (see text.ts).
  title: oneLineText().min(1, "Give the post a title.").max(200, "Use at most 200 characters."),
  slug: slugField,
  description: optionalLine(500),
  tags: z
    .string()
    .max(1000)
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? "")
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(
          z
            .string()
            .max(60, "Tags have at most 60 characters.")
            .refine((tag) => !hasControlCharacters(tag), CONTROL_CHARACTER_MESSAGE),
        )
        .max(20, "Use at most 20 tags."),
    ),
  author: z.union([z.literal(""), slugField]).optional(),
  date: dateTime,
  thumbnail: siteImageField.optional(),
  thumbnail_alt: optionalText(300),
  meta_title: optionalLine(200),
  meta_description: optionalLine(500),
  canonical: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "Use an absolute http(s) URL.")
    .optional(),
  // Browsers send form text with CRLF line breaks; files and the editor use LF.
  body: z
    .string()
    .max(MAX_BODY_LENGTH, "The post is too long (200,000 characters at most).")
    .transform((text) => text.replace(/\r\n?/g, "\n")),
});

export type PostForm = z.infer<typeof postFormSchema>;
