import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedPosts, parsePageParam, prerenderedListPages } from "@/lib/content";
import { BlogIndex, homeHref } from "../../_components/blog-index";

export const dynamicParams = true;
export const revalidate = 300;

type Props = { params: Promise<{ page: string }> };

/** The first pages only; older ones render on their first visit (lib/content/prerender.ts). */
export function generateStaticParams() {
  return prerenderedListPages(getPublishedPosts().length).map((page) => ({ page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return {
    title: `All posts, page ${page}`,
    alternates: { canonical: homeHref(parsePageParam(page)) },
  };
}

export default async function OlderPostsPage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === 1) permanentRedirect("/");
  if (Number.isNaN(page)) notFound();
  return <BlogIndex page={page} />;
}
