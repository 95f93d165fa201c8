import { z } from "zod";
import { siteSettingsSchema, type SiteSettings } from "@/lib/site-settings";

/**
 * What the Settings form sends: plain fields, with the two lists as JSON the page's rows build.
 * Sizes are capped before anything is parsed, so a forged request cannot make the server parse
 * megabytes.
 */
const listField = z
  .string()
  .max(16 * 1024, "This list is too long.")
  .default("[]");

export const settingsFormSchema = z.object({
  title: z.string().max(1000),
  description: z.string().max(4000).default(""),
  intro: z.string().max(8000).default(""),
  navigation: listField,
  social: listField,
  logo: z.string().max(200).default(""),
  reviewAfterMonths: z.string().max(20).default(""),
  version: z.string().regex(/^[0-9a-f]{16}$/, "Reload the page and try again."),
});
export type SettingsForm = z.output<typeof settingsFormSchema>;

type Checked =
  | { ok: true; settings: SiteSettings }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

function list(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Row numbers as people count them: "Link 2: …". */
function where(path: PropertyKey[]): { field: string; prefix: string } {
  const [top, index] = path;
  if (top === "navigation" && typeof index === "number")
    return { field: `navigation.${index}.${String(path[2] ?? "")}`, prefix: `Link ${index + 1}: ` };
  if (top === "social" && typeof index === "number")
    return {
      field: `social.${index}.${String(path[2] ?? "")}`,
      prefix: `Social link ${index + 1}: `,
    };
  return { field: String(top ?? "form"), prefix: "" };
}

/** The form's fields as settings, or every problem keyed by field (and row) in plain words. */
export function settingsFromForm(form: SettingsForm): Checked {
  const navigation = list(form.navigation);
  const social = list(form.social);
  if (!Array.isArray(navigation) || !Array.isArray(social))
    return { ok: false, message: "Reload the page and try again.", fieldErrors: {} };
  const result = siteSettingsSchema.safeParse({
    title: form.title,
    description: form.description,
    intro: form.intro.replace(/\r\n/g, "\n"),
    navigation,
    social,
    logo: form.logo,
    // Empty keeps the default; anything else must read as a number (the schema says which).
    reviewAfterMonths:
      form.reviewAfterMonths.trim() === "" ? undefined : Number(form.reviewAfterMonths.trim()),
  });
  if (result.success) return { ok: true, settings: result.data };
  const fieldErrors: Record<string, string[]> = {};
  const messages: string[] = [];
  for (const issue of result.error.issues) {
    const { field, prefix } = where(issue.path);
    (fieldErrors[field] ??= []).push(issue.message);
    messages.push(prefix + issue.message);
  }
  const message =
    messages.length === 1
      ? messages[0]!
      : `Please correct these: ${messages.slice(0, 5).join(" ")}`;
  return { ok: false, message, fieldErrors };
}
