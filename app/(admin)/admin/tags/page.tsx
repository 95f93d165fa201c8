import type { Metadata } from "next";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/text-field";
import { getAllTagsForAdmin } from "@/lib/content";
import { MAX_TAG_LENGTH } from "@/lib/content/tag-list";
import { requirePageAccount } from "@/lib/auth/current-user";
import { TagForm } from "./_components/tag-form";
import { TagRow } from "./_components/tag-row";
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
          <TagRow key={tag.slug} tag={tag} others={tags.filter((other) => other !== tag)} />
        ))}
      </ul>
    </>
  );
}
