import type { Metadata } from "next";
import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-3xl flex-1 flex-col items-start px-4 py-16"
      >
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
        <h1 className="mt-2 text-4xl font-bold tracking-tight">This page does not exist</h1>
        <p className="mt-4 text-lg text-muted">
          The post may have moved, or the address may be mistyped. Try searching, or start from the
          newest posts.
        </p>
        <form role="search" action="/search" className="mt-8 flex w-full max-w-md gap-2">
          <label htmlFor="not-found-search" className="sr-only">
            Search posts
          </label>
          <input
            id="not-found-search"
            name="q"
            type="search"
            placeholder="Search posts"
            className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2"
          />
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-surface">
            Search
          </button>
        </form>
        <p className="mt-8 flex gap-6">
          <Link href="/" className="font-medium text-accent hover:underline">
            ← Back to the blog
          </Link>
          <Link href="/tags" className="font-medium text-accent hover:underline">
            Browse tags
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
