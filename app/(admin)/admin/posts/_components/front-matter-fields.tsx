"use client";

import { inputClass } from "@/components/forms/text-field";
import type { EditorFields, EditorProps } from "./editor-types";

type Props = {
  fields: EditorFields;
  set: (name: keyof EditorFields, value: string) => void;
  errors?: Record<string, string[]>;
  slugWarning?: string;
} & Pick<EditorProps, "authors" | "tagNames" | "media" | "canAssignAuthor">;

function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`post-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      {errors?.length ? (
        <p id={`post-${name}-error`} className="text-xs text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The front matter as a form: every field a post's YAML can hold. */
export function FrontMatterFields({
  fields,
  set,
  errors,
  slugWarning,
  authors,
  tagNames,
  media,
  canAssignAuthor,
}: Props) {
  const input = (name: keyof EditorFields, extra: React.ComponentProps<"input"> = {}) => (
    <input
      id={`post-${name}`}
      name={name}
      value={fields[name]}
      onChange={(event) => set(name, event.target.value)}
      aria-invalid={errors?.[name]?.length ? true : undefined}
      aria-describedby={errors?.[name]?.length ? `post-${name}-error` : undefined}
      className={inputClass}
      {...extra}
    />
  );
  return (
    <div className="space-y-4">
      <Field name="title" label="Title" errors={errors?.title}>
        {input("title", { required: true, maxLength: 200 })}
      </Field>
      <Field
        name="slug"
        label="Slug"
        hint={`Address: /blog/${fields.slug || "…"}`}
        errors={errors?.slug}
      >
        {input("slug", { required: true, maxLength: 120, pattern: "[a-z0-9]+(-[a-z0-9]+)*" })}
      </Field>
      {slugWarning ? (
        <p
          role="alert"
          className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        >
          {slugWarning}
        </p>
      ) : null}
      <Field
        name="description"
        label="Description"
        hint="Shown in lists, feeds and search results."
        errors={errors?.description}
      >
        <textarea
          id="post-description"
          name="description"
          rows={2}
          maxLength={500}
          value={fields.description}
          onChange={(event) => set("description", event.target.value)}
          className={inputClass}
        />
      </Field>
      <Field name="tags" label="Tags" hint="Separate tags with commas." errors={errors?.tags}>
        {input("tags", { list: "tag-suggestions", autoComplete: "off" })}
        <datalist id="tag-suggestions">
          {tagNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </Field>
      {canAssignAuthor ? (
        <Field name="author" label="Author" errors={errors?.author}>
          <select
            id="post-author"
            name="author"
            value={fields.author}
            onChange={(event) => set("author", event.target.value)}
            className={inputClass}
          >
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field
        name="date"
        label="Publication date (UTC)"
        hint="Used when scheduling; publishing now uses the current time."
        errors={errors?.date}
      >
        {input("date", { type: "datetime-local" })}
      </Field>
      <Field
        name="thumbnail"
        label="Thumbnail"
        hint="An uploaded image (/media/…) or a file in public/."
        errors={errors?.thumbnail}
      >
        {input("thumbnail", { list: "media-suggestions", placeholder: "/media/…" })}
        <datalist id="media-suggestions">
          {media.map((url) => (
            <option key={url} value={url} />
          ))}
        </datalist>
      </Field>
      <Field name="thumbnail_alt" label="Thumbnail alt text" errors={errors?.thumbnail_alt}>
        {input("thumbnail_alt", { maxLength: 300 })}
      </Field>
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer text-sm font-medium">Search and sharing</summary>
        <div className="mt-3 space-y-4">
          <Field
            name="meta_title"
            label="Meta title"
            hint="Replaces the page title in search results, as written."
            errors={errors?.meta_title}
          >
            {input("meta_title", { maxLength: 200 })}
          </Field>
          <Field name="meta_description" label="Meta description" errors={errors?.meta_description}>
            {input("meta_description", { maxLength: 500 })}
          </Field>
          <Field
            name="canonical"
            label="Canonical URL"
            hint="Only when the post first appeared elsewhere."
            errors={errors?.canonical}
          >
            {input("canonical", { type: "url", maxLength: 500 })}
          </Field>
        </div>
      </details>
    </div>
  );
}
