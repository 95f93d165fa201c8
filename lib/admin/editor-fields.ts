import { editorValuesOf } from "@/lib/content/fields";
import type { EditorFields } from "@/lib/admin/editor-types";

/**
 * A post file's front matter and body as the editor's fields: the editor's initial fields
 * (editor-props.ts), and a newer saved version to merge with what the mentor typed. Each
 * field's text comes from its input kind in the registry (lib/content/fields.ts); the author is
 * the one the content index resolved, not the byline as written.
 */
export function editorFieldsOf(
  file: { slug: string; data: Record<string, unknown>; body: string },
  authorId: string,
): EditorFields {
  return {
    ...(editorValuesOf(file.data) as Omit<EditorFields, "slug" | "body">),
    author: authorId,
    slug: file.slug,
    body: file.body,
  };
}
