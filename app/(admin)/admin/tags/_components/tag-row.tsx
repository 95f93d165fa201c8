import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/text-field";
import type { TagSummary } from "@/lib/content";
import { MAX_TAG_LENGTH } from "@/lib/content/tag-list";
import { pluralise } from "@/lib/format";
import { TagForm } from "./tag-form";

const formRow = "flex flex-wrap items-end gap-2";
const fieldLabel = "min-w-0 flex-1 text-xs font-medium";

/**
 * One tag: its name, use and description at a glance, and its four operations folded behind
 * "Edit" so a page of tags stays a list to scan, not a wall of forms (and no row of red buttons).
 */
export function TagRow({ tag, others }: { tag: TagSummary; others: TagSummary[] }) {
  return (
    <li className="py-3" aria-labelledby={`tag-${tag.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`tag-${tag.slug}`} className="font-semibold">
          {tag.name}{" "}
          <span className="text-sm font-normal text-muted">· {pluralise(tag.count, "post")} ·</span>{" "}
          <Link href={`/tags/${tag.slug}`} className="text-sm font-normal text-accent underline">
            /tags/{tag.slug}
          </Link>
        </h2>
      </div>
      <p className="mt-0.5 line-clamp-1 text-sm text-muted">
        {tag.description || "No description yet."}
      </p>
      <details className="group mt-1">
        <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-sm font-medium text-accent hover:underline">
          Edit<span className="sr-only"> {tag.name}</span>
        </summary>
        <div className="mt-3 grid gap-4 rounded-md border border-line p-3 lg:grid-cols-2">
          <TagForm
            op="describe"
            slug={tag.slug}
            label={`Description of ${tag.name}`}
            className={formRow}
          >
            <label className={fieldLabel}>
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
          <TagForm op="rename" slug={tag.slug} label={`Rename ${tag.name}`} className={formRow}>
            <label className={fieldLabel}>
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
          <TagForm op="merge" slug={tag.slug} label={`Merge ${tag.name}`} className={formRow}>
            <label className={fieldLabel}>
              Merge into
              <select name="into" required className={inputClass} defaultValue="">
                <option value="" disabled>
                  Choose a tag
                </option>
                {others.map((other) => (
                  <option key={other.slug} value={other.slug}>
                    {other.name}
                  </option>
                ))}
              </select>
            </label>
            <SubmitButton variant="secondary">Merge</SubmitButton>
          </TagForm>
          <TagForm op="delete" slug={tag.slug} label={`Delete ${tag.name}`} className={formRow}>
            <label className="flex items-center gap-2 text-xs font-medium">
              <input type="checkbox" name="confirm" value="delete" required /> Remove from{" "}
              {pluralise(tag.count, "post")}
            </label>
            <SubmitButton variant="danger">Delete</SubmitButton>
          </TagForm>
        </div>
      </details>
    </li>
  );
}
