import { inputClass } from "@/components/forms/text-field";
import type { Account } from "@/lib/accounts/types";
import { can } from "@/lib/accounts/roles";
import {
  listAuthorsForAdmin,
  listTagsForAdmin,
  type AdminPostFilter,
} from "@/lib/content/admin-queries";
import { POST_STATUSES, STATUS_LABELS } from "@/lib/content/status";

/**
 * The posts list's filters: a plain GET form, so a filtered list is an address a mentor can keep.
 * Editors also filter by author.
 */
export function PostFilters({ account, filter }: { account: Account; filter: AdminPostFilter }) {
  const editor = can.editAnyPost(account);
  return (
    <form role="search" className="mt-6 grid gap-3 sm:grid-cols-5" aria-label="Filter posts">
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="text-xs font-medium">
          Title contains
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filter.q}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="filter-status" className="text-xs font-medium">
          Status
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={filter.status ?? ""}
          className={inputClass}
        >
          <option value="">Any</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-tag" className="text-xs font-medium">
          Tag
        </label>
        <select id="filter-tag" name="tag" defaultValue={filter.tag ?? ""} className={inputClass}>
          <option value="">Any</option>
          {listTagsForAdmin(account).map((tag) => (
            <option key={tag.slug} value={tag.slug}>
              {tag.name}
            </option>
          ))}
        </select>
      </div>
      {editor ? (
        <div>
          <label htmlFor="filter-author" className="text-xs font-medium">
            Author
          </label>
          <select
            id="filter-author"
            name="author"
            defaultValue={filter.author ?? ""}
            className={inputClass}
          >
            <option value="">Anyone</option>
            {listAuthorsForAdmin(account).map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex items-end">
        <button
          type="submit"
          className="rounded-md border border-line px-4 py-2 text-sm hover:border-accent"
        >
          Filter
        </button>
      </div>
    </form>
  );
}
