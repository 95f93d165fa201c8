import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTag, parsePageParam } from "@/lib/content";
import { TagPage, tagHref } from "../../_tag-page";

export const dynamicParams = true;
export const revalidate = 300;

type Props = { params: Promise<{ tag: string; page: string }> };

/**
 * Only a tag's first page is rendered at build (tags/[tag]/page.tsx); its older pages render on
 * their first visit and are cached from then on (lib/content/prerender.ts says why).
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = getTag(slug);
  if (!tag) return {};
  return {
    title: `Posts tagged ${tag.name}, page ${page}`,
    alternates: { canonical: tagHref(slug, parsePageParam(page)) },
  };
}

export default async function TagOlderPage({ params }: Props) {
  const { tag, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === 1) permanentRedirect(`/tags/${tag}`);
  if (Number.isNaN(page)) notFound();
  return <TagPage slug={tag} page={page} />;
}
