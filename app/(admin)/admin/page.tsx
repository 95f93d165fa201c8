import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/post/pagination";
import { inputClass } from "@/components/forms/text-field";
import { can } from "@/lib/accounts/roles";
import {
  listAuthorsForAdmin,
  listPostsForAdmin,
  listTagsForAdmin,
} from "@/lib/content/admin-queries";
import { POST_STATUSES, STATUS_LABELS, type PostStatus } from "@/lib/content/status";
import { requirePageAccount } from "@/lib/auth/current-user";
import { AccountNotices } from "./_components/account-notices";
import { LocalTime } from "@/components/admin/local-time";

export const metadata: Metadata = { title: "Posts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 200) || undefined;

export default async function AdminPostsPage({ searchParams }: Props) {
  const account = await requirePageAccount();
  const params = await searchParams;
  const status = POST_STATUSES.find((s) => s === one(params.status)) as PostStatus | undefined;
  const filter = {
    status,
    tag: one(params.tag),
    author: one(params.author),
    q: one(params.q),
    page: Number(one(params.page) ?? 1) || 1,
  };
  const { list, errors } = await listPostsForAdmin(account, filter);
  const editor = can.editAnyPost(account);
  const query = (page: number) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, page: String(page) }))
      if (value && key !== "page") next.set(key, String(value));
    if (page > 1) next.set("page", String(page));
    const text = next.toString();
    return text ? `/admin?${text}` : "/admin";
  };
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Posts</h1>
        <Link
          href="/admin/posts/new"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-surface"
        >
          New post
        </Link>
      </div>
      {params.deleted !== undefined ? (
        <p role="status" className="mt-4 text-sm text-emerald-700 dark:text-emerald-400">
          The post was moved to Deleted posts.
        </p>
      ) : null}
      <AccountNotices params={params} account={account} />

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

      {errors.length > 0 ? (
        <section
          aria-labelledby="errors-heading"
          className="mt-6 rounded-md border border-red-600 p-4"
        >
          <h2 id="errors-heading" className="font-semibold text-red-800 dark:text-red-300">
            Files that need fixing
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {errors.map((error) => {
              const slug = /^posts\/([a-z0-9-]+)\.mdx?$/.exec(error.file)?.[1];
              return (
                <li key={error.file + error.message}>
                  {slug ? (
                    <Link href={`/admin/posts/${slug}`} className="font-mono underline">
                      {error.file}
                    </Link>
                  ) : (
                    <span className="font-mono">{error.file}</span>
                  )}
                  : {error.message}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {/*
        One table at every width. On a phone the author moves under the title and the tags are
        left out (the editor shows them), so the columns fit 390 px without scrolling sideways.
      */}
      <div className="mt-6">
        <table className="w-full table-fixed text-left text-sm sm:table-auto">
          <caption className="sr-only">Posts, most recently changed first</caption>
          <thead className="border-b border-line text-xs text-muted uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Title
              </th>
              <th scope="col" className="w-24 py-2 pr-3 sm:w-auto">
                Status
              </th>
              <th scope="col" className="hidden py-2 pr-4 sm:table-cell">
                Author
              </th>
              <th scope="col" className="hidden py-2 pr-4 md:table-cell">
                Tags
              </th>
              <th scope="col" className="w-28 py-2 sm:w-auto">
                Last change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {list.items.map((row) => (
              <tr key={row.slug}>
                <td className="py-2 pr-3 break-words">
                  <Link href={`/admin/posts/${row.slug}`} className="font-medium hover:text-accent">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-muted sm:hidden">by {row.authorName}</span>
                </td>
                <td className="py-2 pr-3">
                  {STATUS_LABELS[row.status]}
                  {row.status === "scheduled" ? (
                    <span className="block text-xs text-muted">
                      <LocalTime iso={row.date.toISOString()} format="short" />
                    </span>
                  ) : null}
                </td>
                <td className="hidden py-2 pr-4 sm:table-cell">{row.authorName}</td>
                <td className="hidden py-2 pr-4 md:table-cell">
                  {row.tags.map((tag) => tag.name).join(", ")}
                </td>
                <td className="py-2 sm:whitespace-nowrap" data-testid="last-change">
                  {/* In the mentor's zone, filled in by the browser (the server cannot know it). */}
                  <LocalTime iso={row.lastChange.toISOString()} format="short" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.items.length === 0 ? <p className="py-6 text-muted">No posts match.</p> : null}
      </div>
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={query} />
    </>
  );
}
