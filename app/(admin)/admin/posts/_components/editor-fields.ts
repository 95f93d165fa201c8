import type { EditorFields } from "./editor-types";

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
/** `datetime-local` wants "2026-06-18T09:30" (shown as UTC). */
const forInput = (value: unknown) => {
  const date = value instanceof Date ? value : new Date(text(value));
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
};

/**
 * A post file's front matter and body as the editor's fields: the editor's initial fields
 * (editor-page-data.ts), and a newer saved version to merge with what the mentor typed.
 */
export function editorFieldsOf(
  file: { slug: string; data: Record<string, unknown>; body: string },
  authorId: string,
): EditorFields {
  const { data } = file;
  return {
    title: text(data.title),
    slug: file.slug,
    description: text(data.description),
    tags: Array.isArray(data.tags) ? data.tags.map(String).join(", ") : text(data.tags),
    author: authorId,
    date: data.date ? forInput(data.date) : "",
    thumbnail: text(data.thumbnail),
    thumbnail_alt: text(data.thumbnail_alt),
    meta_title: text(data.meta_title),
    meta_description: text(data.meta_description),
    canonical: text(data.canonical),
    body: file.body,
  };
}
