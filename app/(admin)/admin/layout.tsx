import type { Metadata } from "next";
import Link from "next/link";
import { SkipLink } from "@/components/layout/skip-link";
import type { ReactNode } from "react";
import { ROLE_LABELS, can } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { reviewCount } from "@/lib/publishing/review-view";
import { signOutAction } from "./actions";
// The editors' preview is rendered by a server action, and its code blocks hold this client
// component. Next's production build lists only client components that a page or layout imports,
// so without this import every preview with code failed (vercel/next.js#83186).
import "@/components/mdx/copy-button";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin" },
  robots: { index: false, follow: false },
};
// Admin pages are per user and never cached (see also the headers in next.config.ts).
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const account = await requirePageAccount();
  // Editors see how many posts wait for them, on every admin page.
  const waiting = reviewCount(account);
  const links: { href: string; label: string; badge?: number }[] = [
    { href: "/admin", label: "Posts" },
    ...(can.reviewPosts(account)
      ? [{ href: "/admin/review", label: "Waiting for review", badge: waiting }]
      : []),
    { href: "/admin/posts/new", label: "New post" },
    ...(can.manageTags(account) ? [{ href: "/admin/tags", label: "Tags" }] : []),
    ...(can.writePages(account) ? [{ href: "/admin/pages", label: "Pages" }] : []),
    ...(can.editAnyPost(account) ? [{ href: "/admin/history", label: "Deleted posts" }] : []),
    { href: "/admin/media", label: "Media" },
    ...(can.manageAccounts(account) ? [{ href: "/admin/accounts", label: "Accounts" }] : []),
    ...(can.manageSettings(account) ? [{ href: "/admin/settings", label: "Settings" }] : []),
    ...(can.manageBackups(account) ? [{ href: "/admin/backup", label: "Backup" }] : []),
    { href: "/admin/profile", label: "Profile" },
  ];
  return (
    <>
      <header className="border-b border-line">
        <SkipLink />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-bold tracking-tight hover:text-accent">
            Admin
          </Link>
          <nav aria-label="Admin">
            <ul className="flex flex-wrap gap-4 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-muted hover:text-accent">
                    {link.label}
                    {link.badge ? (
                      <span
                        className="ml-1.5 rounded-full bg-accent px-1.5 py-0.5 text-xs font-semibold text-surface"
                        data-testid="review-count"
                      >
                        {link.badge}
                        <span className="sr-only"> {link.badge === 1 ? "post" : "posts"}</span>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link href="/" className="text-muted hover:text-accent">
              View site
            </Link>
            <span className="text-muted" data-testid="signed-in-as">
              {account.name} ({ROLE_LABELS[account.role]})
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md border border-line px-3 py-1 hover:border-accent hover:text-accent"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
