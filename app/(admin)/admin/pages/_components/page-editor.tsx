"use client";

import { useActionState, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useUnsavedForm } from "@/components/admin/unsaved-changes";
import { slugify } from "@/lib/data/slug";
import { BodyArea } from "../../posts/_components/body-area";
import { savePageAction } from "../actions";

export type PageEditorProps = {
  page?: {
    id: string;
    slug: string;
    title: string;
    description: string;
    body: string;
    draft: boolean;
    version: string;
  };
  limits: { title: number; description: number; slug: number };
  notice?: string;
};

/** Title, address, summary and text with the posts' live preview; Save draft or Publish. */
export function PageEditor({ page, limits, notice }: PageEditorProps) {
  const [result, action] = useActionState(savePageAction, null);
  const [title, setTitle] = useState(page?.title ?? "");
  const [slug, setSlug] = useState(page?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(page));
  const [body, setBody] = useState(page?.body ?? "");
  // Typing in any field (the form hears their changes) or in the text makes the page unsaved.
  const { changed } = useUnsavedForm(result);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const version = result?.ok ? result.version : page?.version;
  const shown = result ?? (notice ? { ok: true as const, message: notice } : null);
  return (
    <form action={action} onChange={changed} className="space-y-6">
      <input type="hidden" name="id" value={page?.id ?? ""} />
      <input type="hidden" name="previousSlug" value={page?.slug ?? ""} />
      <input type="hidden" name="version" value={version ?? ""} />
      <input type="hidden" name="body" value={body} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label="Title"
          name="title"
          value={title}
          required
          maxLength={limits.title}
          errors={errors?.title}
          onChange={(event) => {
            setTitle(event.target.value);
            if (!slugTouched) setSlug(slugify(event.target.value).slice(0, limits.slug));
          }}
        />
        <TextField
          label="Address"
          name="slug"
          value={slug}
          required
          maxLength={limits.slug}
          hint={slug ? `Readers open it at /${slug}` : "Lowercase letters, digits and dashes."}
          errors={errors?.slug}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value);
          }}
        />
      </div>
      <TextField
        label="Summary (optional)"
        name="description"
        defaultValue={page?.description}
        maxLength={limits.description}
        hint="Shown in search engines and link previews."
        errors={errors?.description}
      />
      <BodyArea
        label="Page text"
        title={title}
        body={body}
        onChange={(text) => {
          setBody(text);
          changed();
        }}
        message={
          errors?.body ? (
            <p className="text-xs text-red-700 dark:text-red-400">{errors.body.join(" ")}</p>
          ) : null
        }
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton name="intent" value="publish">
          {page && !page.draft ? "Update" : "Publish"}
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary">
          {page && !page.draft ? "Unpublish (save as draft)" : "Save draft"}
        </SubmitButton>
        <FormStatus result={shown} />
      </div>
    </form>
  );
}
