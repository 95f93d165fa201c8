import { z } from "zod";
import { TOO_LONG } from "@/lib/mdx/limits";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/validations/names";
import { MAX_PAGE_BODY_LENGTH } from "./page-limits";
import { PAGE_DESCRIPTION_MAX, PAGE_TITLE_MAX } from "./pages";

/** What the page editor sends. The address's own rules (reserved words) are checked at save. */
export const pageFormSchema = z.object({
  id: z.string().max(100).default(""),
  previousSlug: z.string().max(200).default(""),
  version: z.string().max(100).default(""),
  title: z
    .string()
    .trim()
    .min(1, "Give the page a title.")
    .max(PAGE_TITLE_MAX, `Use at most ${PAGE_TITLE_MAX} characters.`)
    .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE),
  slug: z.string().trim().toLowerCase().max(200, "This address is too long."),
  description: z
    .string()
    .trim()
    .max(PAGE_DESCRIPTION_MAX, `Use at most ${PAGE_DESCRIPTION_MAX} characters.`)
    .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE)
    .default(""),
  body: z.string().max(MAX_PAGE_BODY_LENGTH, TOO_LONG).default(""),
  intent: z.enum(["draft", "publish"], { error: "Choose Save draft or Publish." }),
});
