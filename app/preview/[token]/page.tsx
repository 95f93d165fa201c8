import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { PostView } from "@/components/post/post-view";
import { formatDate } from "@/lib/format";
import { openSharedPreview } from "@/lib/publishing/shared-preview";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * A shared preview: one post, by its permanent id, for a limited time, for someone without an
 * account. Anything else (an unknown, revoked or expired link, a deleted post, an old slug-signed
 * link) is the ordinary 404 page, which says nothing about what once was there.
 */
export default async function SharedPreviewPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const shared = await openSharedPreview((await params).token);
  if (!shared) notFound();
  const { post, link } = shared;
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        <PostView
          post={post}
          banner={
            <p
              role="status"
              className="mb-6 rounded-md border border-amber-600 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
            >
              <strong>Draft</strong> shared for review. This link stops working on{" "}
              {formatDate(new Date(link.expiresAt))}.
            </p>
          }
        />
      </main>
      <SiteFooter />
    </>
  );
}
