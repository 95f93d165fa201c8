import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { renderMarkdown } from "@/components/mdx/render-post";
import { getPublishedPage, getPublishedPages, pageFileName } from "@/lib/content/pages";

type Props = { params: Promise<{ slug: string }> };

/**
 * Site pages (About, Resources) at `/<slug>`. Every other route of the site is a fixed segment,
 * which Next matches first; reserved addresses (page-slugs.ts) are never served from here.
 */
export function generateStaticParams() {
  return getPublishedPages().map((page) => ({ slug: page.slug }));
}

export const revalidate = 300;

async function findPage(params: Props["params"]) {
  return getPublishedPage((await params).slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await findPage(params);
  if (!page) return {};
  return {
    title: page.title,
    description: page.description || undefined,
    alternates: { canonical: `/${page.slug}` },
    openGraph: { type: "website", title: page.title, url: `/${page.slug}` },
  };
}

export default async function SitePageRoute({ params }: Props) {
  const page = await findPage(params);
  if (!page) notFound();
  const { content } = await renderMarkdown(
    page.body,
    "mdx",
    pageFileName(page.slug),
    page.bodyLineOffset,
  );
  return (
    <article className="mx-auto max-w-3xl">
      <header className="border-b border-line pb-6">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
      </header>
      <div className="prose prose-zinc mt-8 max-w-none dark:prose-invert prose-a:text-accent">
        {content}
      </div>
    </article>
  );
}
