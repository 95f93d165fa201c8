import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { PostView } from "@/components/post/post-view";
import { getPublishedPost, isValidSlug, prerenderedPostParams } from "@/lib/content";
import { findAnyPost, visibleTo } from "@/lib/content/admin-queries";
import { getCurrentAccount } from "@/lib/auth/current-user";
import { postMetadata } from "@/lib/seo/post-metadata";

type Props = { params: Promise<{ slug: string }> };

/**
 * The newest posts are rendered at build (PRERENDER_POSTS); an older one, or a file added later,
 * renders on its first request and is cached from then on like the others (lib/content/prerender.ts).
 */
export function generateStaticParams() {
  return prerenderedPostParams();
}

export const dynamicParams = true;
export const revalidate = 300;

async function findPost(params: Props["params"]) {
  const { slug } = await params;
  return isValidSlug(slug) ? getPublishedPost(slug) : undefined;
}

/** In draft mode a signed-in mentor sees the drafts they may edit, at their public address. */
async function findDraft(params: Props["params"]) {
  if (!(await draftMode()).isEnabled) return undefined;
  const { slug } = await params;
  const account = await getCurrentAccount();
  const post = account && isValidSlug(slug) ? findAnyPost(slug) : undefined;
  return post && account && visibleTo(account, post) ? post : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = await findDraft(params);
  if (draft) return { title: `Draft: ${draft.title}`, robots: { index: false, follow: false } };
  const post = await findPost(params);
  return post ? postMetadata(post) : {};
}

export default async function PostPage({ params }: Props) {
  const draft = await findDraft(params);
  if (draft) {
    return (
      <PostView
        post={draft}
        banner={
          <p
            role="status"
            className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-600 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
          >
            <span>
              <strong>Draft</strong> preview: readers cannot see this page.
            </span>
            {/* A plain link: the router would prefetch it, and prefetching this route ends draft mode. */}
            <a href={`/api/preview/exit?slug=${draft.slug}`} className="underline">
              Exit preview
            </a>
          </p>
        }
      />
    );
  }
  const post = await findPost(params);
  if (!post) notFound();
  return <PostView post={post} />;
}
