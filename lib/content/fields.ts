import type { z } from "zod";
import type { FileKit } from "./front-matter";
import type { FormKit } from "@/lib/content/post-form";
import { parseContentDate } from "./content-date";
import { parseTagList, tagListText } from "./tag-list";

/**
 * The post's front matter fields, each declared once: its key, its label, how the file's YAML is
 * checked, how the editor shows and checks it, where the serialiser writes it, how the conflict
 * view merges it, and who may set it. Everything else is derived from this list:
 * - the front matter schema (front-matter.ts),
 * - the editor's form schema (lib/content/post-form.ts postFormSchema),
 * - the editor's fields and inputs (app/(admin)/admin/posts/_components/),
 * - the serialiser's field order (write.ts serializePost),
 * - the merge view's labels and per-field comparison (merge.ts, merge-report.tsx),
 * - the save action's front matter (frontMatterFromForm below).
 * Adding a field is one entry here plus its test (tests/post-fields.test.ts).
 *
 * Plain module without React or server code: the editor imports it in the browser. The schemas
 * are built from kits (the file's in front-matter.ts, the form's in lib/content/post-form.ts) so
 * this file needs neither at run time.
 */

/** How the editor shows a field (front-matter-fields.tsx renders each kind). */
export type InputKind =
  "text" | "textarea" | "tags" | "author" | "datetime" | "date" | "image" | "url";

/**
 * How the conflict view compares two values: saved values that mean the same are no conflict (the
 * server trims, splits tags and keeps minutes or days).
 */
export type MergeKind = "text" | "tags" | "datetime" | "date";

/**
 * Who sets a field other than through its form value: `system` (never from the form: the id),
 * `workflow` (the save's intent decides: date, draft, review), `editors` (only mentors who may
 * assign authors choose it; others keep the post's author).
 */
export type SetBy = "system" | "workflow" | "editors";

export type PostField = {
  key: string;
  label: string;
  /** The front matter's check, built from the file kit. */
  file: (kit: FileKit) => z.ZodType;
  /** Absent: the editor neither shows nor sends it. */
  form?: {
    input: InputKind;
    schema: (kit: FormKit) => z.ZodType;
    hint?: string;
    /** The editor's grouping: `search` fields sit under "Search and sharing". */
    group?: "main" | "search";
    maxLength?: number;
    required?: boolean;
  };
  merge?: MergeKind;
  setBy?: SetBy;
  /** False: not written in a fixed place (kept where the file had it). */
  ordered?: boolean;
};

/** The fields, in the order the serialiser writes them. */
export const POST_FIELDS = [
  {
    key: "id",
    label: "Permanent id",
    file: (k) => k.postId,
    setBy: "system",
  },
  {
    key: "title",
    label: "Title",
    file: (k) => k.requiredLine,
    form: {
      input: "text",
      // The title is also the history's commit message: no control characters (see text.ts).
      schema: (k) => k.requiredLine(200, "Give the post a title."),
      maxLength: 200,
      required: true,
    },
    merge: "text",
  },
  {
    key: "description",
    label: "Description",
    file: (k) => k.optionalLine,
    form: {
      input: "textarea",
      schema: (k) => k.optionalLine(500),
      hint: "Shown in lists, feeds and search results.",
      maxLength: 500,
    },
    merge: "text",
  },
  {
    key: "date",
    // Shown and typed in the mentor's own zone, stored as UTC (zoned-date-input.tsx).
    label: "Publication date",
    file: (k) => k.date,
    form: {
      input: "datetime",
      schema: (k) => k.dateTime,
      hint: "Used when scheduling; publishing now uses the current time.",
    },
    merge: "datetime",
    setBy: "workflow",
  },
  {
    key: "updated",
    label: "Last updated",
    file: (k) => k.optionalDate,
    form: {
      input: "date",
      schema: (k) => k.day,
      hint: "The day of the last significant change, shown beside the date. Leave empty if none.",
    },
    merge: "date",
  },
  {
    key: "tested_with",
    label: "Tested with",
    file: (k) => k.optionalLine,
    form: {
      input: "text",
      schema: (k) => k.optionalLine(200),
      hint: "The tools and versions you checked the post with, like: Python 3.12, pandas 2.2",
      maxLength: 200,
    },
    merge: "text",
  },
  {
    key: "reviewed",
    label: "Last checked",
    file: (k) => k.optionalDate,
    form: {
      input: "date",
      schema: (k) => k.day,
      hint: "The day you last made sure everything in the post still works. Readers see a gentle notice when that was long ago (Settings).",
    },
    merge: "date",
  },
  {
    key: "author",
    label: "Author",
    file: (k) => k.optionalText,
    form: { input: "author", schema: (k) => k.slugOrEmpty },
    merge: "text",
    setBy: "editors",
  },
  {
    key: "tags",
    label: "Tags",
    file: (k) => k.tags,
    form: {
      input: "tags",
      schema: (k) => k.tags,
      hint: "Press Enter or type a comma after each tag.",
    },
    merge: "tags",
  },
  {
    key: "thumbnail",
    label: "Thumbnail",
    file: (k) => k.optionalText,
    form: {
      input: "image",
      schema: (k) => k.siteImage,
      hint: "An uploaded image (/media/…) or a file in public/.",
    },
    merge: "text",
  },
  {
    key: "thumbnail_alt",
    label: "Thumbnail alt text",
    file: (k) => k.optionalText,
    form: { input: "text", schema: (k) => k.optionalText(300), maxLength: 300 },
    merge: "text",
  },
  {
    key: "meta_title",
    label: "Meta title",
    file: (k) => k.optionalLine,
    form: {
      input: "text",
      schema: (k) => k.optionalLine(200),
      hint: "Replaces the page title in search results, as written.",
      group: "search",
      maxLength: 200,
    },
    merge: "text",
  },
  {
    key: "meta_description",
    label: "Meta description",
    file: (k) => k.optionalLine,
    form: {
      input: "text",
      schema: (k) => k.optionalLine(500),
      group: "search",
      maxLength: 500,
    },
    merge: "text",
  },
  {
    key: "canonical",
    label: "Canonical URL",
    file: (k) => k.httpUrl,
    form: {
      input: "url",
      schema: (k) => k.httpUrl(500),
      hint: "Only when the post first appeared elsewhere.",
      group: "search",
      maxLength: 500,
    },
    merge: "text",
  },
  { key: "draft", label: "Draft", file: (k) => k.flag, setBy: "workflow" },
  /** A draft a contributor has submitted for an editor to review. */
  { key: "review", label: "Submitted for review", file: (k) => k.flag, setBy: "workflow" },
  /** Eleventy's template name: accepted so old posts validate, and ignored. */
  { key: "layout", label: "Layout", file: (k) => k.ignored, ordered: false },
] as const satisfies readonly PostField[];

export type PostFields = readonly PostField[];
type Registry = typeof POST_FIELDS;

/** Keys of the fields the editor shows and sends. */
export type FormFieldKey = Extract<Registry[number], { form: object }>["key"];

/** The front matter schema's shape, one check per field. */
export type FileShape<F extends PostFields = Registry> = {
  [E in F[number] as E["key"]]: ReturnType<E["file"]>;
};
/** The form schema's shape for the front matter fields the editor sends. */
export type FormShape<F extends PostFields = Registry> = {
  [E in Extract<F[number], { form: object }> as E["key"]]: ReturnType<E["form"]["schema"]>;
};

export function fileShape<F extends PostFields>(kit: FileKit, fields: F): FileShape<F> {
  return Object.fromEntries(fields.map((f) => [f.key, f.file(kit)])) as FileShape<F>;
}

export function formShape<F extends PostFields>(kit: FormKit, fields: F): FormShape<F> {
  return Object.fromEntries(
    fields.flatMap((f) => (f.form ? [[f.key, f.form.schema(kit)]] : [])),
  ) as FormShape<F>;
}

/** The serialiser's order: these first, then any other key where the file had it. */
export const fieldOrder = (fields: PostFields = POST_FIELDS) =>
  fields.filter((f) => f.ordered !== false).map((f) => f.key);

/** The editor's fields that are not front matter. */
// "Address", not "slug": mentors are not developers (the page editor says the same).
const EDITOR_ONLY_LABELS: Record<string, string> = { slug: "Address", body: "Text" };

/** A field's label as the editor and the merge view show it. */
export const fieldLabels = (fields: PostFields = POST_FIELDS): Record<string, string> => ({
  ...EDITOR_ONLY_LABELS,
  ...Object.fromEntries(fields.map((f) => [f.key, f.label])),
});

const mergeNormalisers: Record<MergeKind, (value: string) => string> = {
  text: (value) => value.trim(),
  tags: (value) => parseTagList(value).join(","),
  datetime: (value) => value.trim().slice(0, 16),
  date: (value) => value.trim().slice(0, 10),
};

/** How the conflict view compares a field's values (trimmed text for anything not listed). */
export function mergeNormaliser(key: string, fields: PostFields = POST_FIELDS) {
  const kind = fields.find((f) => f.key === key)?.merge ?? "text";
  return mergeNormalisers[kind];
}

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const asDate = (value: unknown) => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return value ? parseContentDate(text(value).trim()) : undefined;
};

/** A front matter value as the editor's text for its input kind. */
const toEditor: Record<InputKind, (value: unknown) => string> = {
  text,
  textarea: text,
  url: text,
  image: text,
  author: text,
  tags: tagListText,
  /** `datetime-local` wants "2026-06-18T09:30" (shown as UTC). */
  datetime: (value) => asDate(value)?.toISOString().slice(0, 16) ?? "",
  /** A date input wants "2026-06-18". */
  date: (value) => asDate(value)?.toISOString().slice(0, 10) ?? "",
};

/** The editor's text for every field it shows, from a post file's front matter. */
export function editorValuesOf(
  data: Record<string, unknown>,
  fields: PostFields = POST_FIELDS,
): Record<string, string> {
  return Object.fromEntries(
    fields.flatMap((f) => (f.form ? [[f.key, toEditor[f.form.input](data[f.key])]] : [])),
  );
}

/** What the form's checked value writes to the file, given what the file had. */
const toFile: Partial<Record<InputKind, (value: unknown, previous: unknown) => unknown>> = {
  image: (value) => value || undefined,
  url: (value) => value || undefined,
  // A day the file already had (maybe with a time) is kept as written; a new one is written as
  // the day alone, like Eleventy's `updated: 2024-10-05`.
  // A form that did not send the field (undefined) keeps what the file had; emptied (null), it goes.
  date: (value, previous) => {
    if (value === undefined) return previous;
    if (!(value instanceof Date)) return undefined;
    const day = value.toISOString().slice(0, 10);
    return asDate(previous)?.toISOString().slice(0, 10) === day ? previous : day;
  },
};

/**
 * The front matter a save writes: the file's fields (unknown ones too, as the Eleventy fixture
 * has), then every field the form sends, except those the server decides (`decided`: the
 * workflow's date and flags, the author). A `system` field is never taken from the form.
 */
export function frontMatterFromForm(
  input: Record<string, unknown>,
  context: { previous?: Record<string, unknown>; decided: Record<string, unknown> },
  fields: PostFields = POST_FIELDS,
): Record<string, unknown> {
  const previous = context.previous ?? {};
  const data: Record<string, unknown> = { ...previous };
  for (const field of fields) {
    if (field.key in context.decided) data[field.key] = context.decided[field.key];
    else if (field.form && field.setBy === undefined) {
      const convert = toFile[field.form.input];
      const value = input[field.key];
      data[field.key] = convert ? convert(value, previous[field.key]) : value;
    }
  }
  return data;
}
