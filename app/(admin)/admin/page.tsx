import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/post/pagination";
import { listPostsForAdmin } from "@/lib/content/admin-queries";
import { POST_STATUSES, type PostStatus } from "@/lib/content/status";
import { requirePageAccount } from "@/lib/auth/current-user";
import { pluralise } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";
import { AccountNotices } from "./_components/account-notices";
import { FilesToFix } from "./_components/files-to-fix";
import { PostFilters } from "./_components/post-filters";
import { PostsTable } from "./_components/posts-table";

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
    check: one(params.check) === "due" ? true : undefined,
    page: Number(one(params.page) ?? 1) || 1,
  };
  const months = siteConfig.reviewAfterMonths;
  const { list, errors, dueForCheck } = await listPostsForAdmin(account, filter, months);
  const query = (page: number) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, page: String(page) }))
      if (value && key !== "page") next.set(key, key === "check" ? "due" : String(value));
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

      <PostFilters account={account} filter={filter} />
      {filter.check ? (
        <p role="status" className="mt-4 text-sm">
          Published posts last checked more than {pluralise(months, "month")} ago, so their steps
          may no longer work. Open one, check it, and set its &ldquo;Last checked&rdquo; day.{" "}
          <Link href="/admin" className="text-accent underline">
            Show all posts
          </Link>
        </p>
      ) : dueForCheck > 0 ? (
        <p className="mt-4 text-sm">
          <Link href="/admin?check=due" className="text-accent underline">
            Needs a check: {pluralise(dueForCheck, "published post")}
          </Link>{" "}
          last checked more than {pluralise(months, "month")} ago.
        </p>
      ) : null}

      <FilesToFix errors={errors} />

      <PostsTable items={list.items} />
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={query} />
    </>
  );
}
