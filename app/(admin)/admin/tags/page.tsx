import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/text-field";
import { getAllTagsForAdmin } from "@/lib/content";
import { MAX_TAG_LENGTH } from "@/lib/content/tag-list";
import { requirePageAccount } from "@/lib/auth/current-user";
import { pluralise } from "@/lib/format";
import { TagForm } from "./_components/tag-form";
import { tagNoticeMessage } from "./notices";
import { permissions } from "@/lib/accounts/roles";

export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminTagsPage({ searchParams }: Props) {
  await requirePageAccount(permissions.manageTags);
  const tags = getAllTagsForAdmin();
  // Only known notices, never text from the address (see ./notices.ts).
  const notice = tagNoticeMessage(
    await searchParams,
    (slug) => tags.find((tag) => tag.slug === slug)?.name,
  );
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Tags</h1>
      <div
        role="status"
        aria-live="polite"
        className="mt-2 text-sm text-emerald-700 dark:text-emerald-400"
      >
        {notice ? <p>{notice}</p> : null}
      </div>
      <TagForm
        op="create"
        label="Create a tag"
        className="mt-6 grid max-w-3xl gap-3 rounded-md border border-line p-4 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="new-tag-name" className="text-sm font-medium">
            New tag
          </label>
          <input
            id="new-tag-name"
            name="name"
            required
            maxLength={MAX_TAG_LENGTH}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="new-tag-description" className="text-sm font-medium">
            Description
          </label>
          <input
            id="new-tag-description"
            name="description"
            maxLength={500}
            className={inputClass}
          />
        </div>
        <SubmitButton>Create tag</SubmitButton>
      </TagForm>

      <ul className="mt-8 divide-y divide-line">
        {tags.map((tag) => (
          <li key={tag.slug} className="py-5" aria-labelledby={`tag-${tag.slug}`}>
            <h2 id={`tag-${tag.slug}`} className="font-semibold">
              {tag.name}{" "}
              <span className="text-sm font-normal text-muted">
                · {pluralise(tag.count, "post")} ·
              </span>{" "}
              <Link
                href={`/tags/${tag.slug}`}
                className="text-sm font-normal text-accent underline"
              >
                /tags/{tag.slug}
              </Link>
            </h2>
            <div className="mt-3 grid gap-4 lg:grid-cols-2">
              <TagForm
                op="describe"
                slug={tag.slug}
                label={`Description of ${tag.name}`}
                className="flex flex-wrap items-end gap-2"
              >
                <label className="min-w-0 flex-1 text-xs font-medium">
                  Description
                  <input
                    name="description"
                    defaultValue={tag.description ?? ""}
                    maxLength={500}
                    className={inputClass}
                  />
                </label>
                <SubmitButton variant="secondary">Save</SubmitButton>
              </TagForm>
              <TagForm
                op="rename"
                slug={tag.slug}
                label={`Rename ${tag.name}`}
                className="flex flex-wrap items-end gap-2"
              >
                <label className="min-w-0 flex-1 text-xs font-medium">
                  New name
                  <input
                    name="name"
                    defaultValue={tag.name}
                    required
                    maxLength={MAX_TAG_LENGTH}
                    className={inputClass}
                  />
                </label>
                <SubmitButton variant="secondary">Rename</SubmitButton>
              </TagForm>
              <TagForm
                op="merge"
                slug={tag.slug}
                label={`Merge ${tag.name}`}
                className="flex flex-wrap items-end gap-2"
              >
                <label className="min-w-0 flex-1 text-xs font-medium">
                  Merge into
                  <select name="into" required className={inputClass} defaultValue="">
                    <option value="" disabled>
                      Choose a tag
                    </option>
                    {tags
                      .filter((other) => other.slug !== tag.slug)
                      .map((other) => (
                        <option key={other.slug} value={other.slug}>
                          {other.name}
                        </option>
                      ))}
                  </select>
                </label>
                <SubmitButton variant="secondary">Merge</SubmitButton>
              </TagForm>
              <TagForm
                op="delete"
                slug={tag.slug}
                label={`Delete ${tag.name}`}
                className="flex flex-wrap items-end gap-2"
              >
                <label className="flex items-center gap-2 text-xs font-medium">
                  <input type="checkbox" name="confirm" value="delete" required /> Remove from{" "}
                  {pluralise(tag.count, "post")}
                </label>
                <SubmitButton variant="danger">Delete</SubmitButton>
              </TagForm>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
