import type { Metadata } from "next";
import Link from "next/link";
import { permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { listPages } from "@/lib/content/pages";
import { LocalTime } from "@/components/admin/local-time";

export const metadata: Metadata = { title: "Pages" };

export default async function PagesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  await requirePageAccount(permissions.writePages);
  const pages = listPages();
  const { deleted } = await searchParams;
  return (
    <section aria-labelledby="pages-heading" className="max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="pages-heading" className="text-2xl font-bold tracking-tight">
          Pages
        </h1>
        <Link
          href="/admin/pages/new"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-surface hover:opacity-90"
        >
          New page
        </Link>
      </div>
      <p className="mt-1 mb-6 text-sm text-muted">
        Pages such as About or Resources stand apart from the blog: they are not in post lists or
        feeds. Link them from the navigation in Settings.
      </p>
      {deleted ? (
        <p role="status" className="mb-4 text-sm text-emerald-700 dark:text-emerald-400">
          Page deleted.
        </p>
      ) : null}
      {pages.length === 0 ? (
        <p className="text-sm text-muted">No pages yet.</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line">
          {pages.map((page) => (
            <li key={page.slug} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Link href={`/admin/pages/${page.slug}`} className="font-medium hover:text-accent">
                {page.title}
              </Link>
              <span className="text-sm text-muted">/{page.slug}</span>
              <span className="ml-auto text-xs text-muted">
                {page.draft ? "Draft" : "Published"} · changed{" "}
                <LocalTime iso={page.updatedAt.toISOString()} format="short" />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
