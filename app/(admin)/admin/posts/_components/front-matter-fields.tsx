"use client";

import { Fragment } from "react";
import { inputClass } from "@/components/forms/text-field";
import { fieldLabels, POST_FIELDS, type InputKind } from "@/lib/content/fields";
import type { EditorFields, EditorProps } from "@/lib/admin/editor-types";
import { TagInput } from "./tag-input";
import { ThumbnailPicker } from "./thumbnail-picker";
import { ZonedDateInput } from "./zoned-date-input";

type Props = {
  fields: EditorFields;
  set: (name: keyof EditorFields, value: string) => void;
  errors?: Record<string, string[]>;
  /** What a new address means for readers' links, shown under the address. */
  addressNote?: string;
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
      {hint ? (
        <p id={`post-${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`post-${name}-error`} className="text-xs text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The registry's fields the editor shows, in the registry's order. */
const FORM_FIELDS = POST_FIELDS.filter(
  (field): field is Extract<(typeof POST_FIELDS)[number], { form: object }> => "form" in field,
);
type FormField = (typeof FORM_FIELDS)[number];

/** Input attributes of each kind (the datalist for images is added below). */
const INPUT_ATTRIBUTES: Partial<Record<InputKind, React.ComponentProps<"input">>> = {
  date: { type: "date" },
  image: { list: "media-suggestions", placeholder: "/media/…" },
  url: { type: "url" },
};

/**
 * The front matter as a form: every field of the registry (lib/content/fields.ts) that has an
 * input, each shown as its input kind, plus the slug after the title.
 */
export function FrontMatterFields({
  fields,
  set,
  errors,
  addressNote,
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
  const control = ({ key, form }: FormField) => {
    const limits = {
      ...("maxLength" in form ? { maxLength: form.maxLength } : {}),
      ...("required" in form ? { required: form.required } : {}),
    };
    switch (form.input) {
      case "textarea":
        return (
          <textarea
            id={`post-${key}`}
            name={key}
            rows={2}
            value={fields[key]}
            onChange={(event) => set(key, event.target.value)}
            className={inputClass}
            {...limits}
          />
        );
      case "author":
        return (
          <select
            id={`post-${key}`}
            name={key}
            value={fields[key]}
            onChange={(event) => set(key, event.target.value)}
            className={inputClass}
          >
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        );
      case "image":
        return (
          <ThumbnailPicker
            url={fields[key]}
            alt={fields.thumbnail_alt}
            media={media}
            onChange={(url) => set(key, url)}
          >
            {input(key, { ...INPUT_ATTRIBUTES.image, ...limits })}
          </ThumbnailPicker>
        );
      case "tags":
        return (
          <TagInput
            id={`post-${key}`}
            name={key}
            value={fields[key]}
            onChange={(value) => set(key, value)}
            suggestions={tagNames}
            invalid={Boolean(errors?.[key]?.length)}
            describedBy={errors?.[key]?.length ? `post-${key}-error` : `post-${key}-hint`}
          />
        );
      case "datetime":
        return (
          <ZonedDateInput
            name={key}
            value={fields[key]}
            onChange={(value) => set(key, value)}
            invalid={Boolean(errors?.[key]?.length)}
          />
        );
      default:
        return input(key, { ...INPUT_ATTRIBUTES[form.input], ...limits });
    }
  };
  const suggestions = (kind: InputKind) =>
    kind === "image" ? (
      <datalist id="media-suggestions">
        {media.map((url) => (
          <option key={url} value={url} />
        ))}
      </datalist>
    ) : null;
  const field = (entry: FormField) =>
    // Only mentors who may assign authors choose one; for the others the server keeps the author.
    "setBy" in entry && entry.setBy === "editors" && !canAssignAuthor ? null : (
      <Field
        key={entry.key}
        name={entry.key}
        label={entry.label}
        hint={"hint" in entry.form ? entry.form.hint : undefined}
        errors={errors?.[entry.key]}
      >
        {control(entry)}
        {suggestions(entry.form.input)}
      </Field>
    );
  const group = (name: "main" | "search") =>
    FORM_FIELDS.filter((entry) => (("group" in entry.form && entry.form.group) || "main") === name);
  // Two columns on wide screens: the fields sit above the text and leave it the full width.
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      {group("main").map((entry) => (
        <Fragment key={entry.key}>
          {field(entry)}
          {entry.key === "title" ? (
            <>
              <Field
                name="slug"
                label={fieldLabels().slug!}
                hint={`Readers find it at /blog/${fields.slug || "…"}`}
                errors={errors?.slug}
              >
                {input("slug", {
                  required: true,
                  maxLength: 120,
                  pattern: "[a-z0-9]+(-[a-z0-9]+)*",
                })}
              </Field>
              {addressNote ? (
                <p
                  role="status"
                  className="rounded-md border lg:col-span-2 border-line bg-surface px-3 py-2 text-sm"
                >
                  {addressNote}
                </p>
              ) : null}
            </>
          ) : null}
        </Fragment>
      ))}
      <details className="rounded-md border border-line p-3 lg:col-span-2">
        <summary className="cursor-pointer text-sm font-medium">Search and sharing</summary>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">{group("search").map(field)}</div>
      </details>
    </div>
  );
}
