import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getPostsByTag, getTag, getTags, paginate, parsePageParam } from "@/lib/content";
import { TagPage, tagHref } from "../../_tag-page";

export const revalidate = 300;

type Props = { params: Promise<{ tag: string; page: string }> };

export function generateStaticParams() {
  return getTags().flatMap((tag) => {
    const totalPages = paginate(getPostsByTag(tag.slug), 1)?.totalPages ?? 1;
    return Array.from({ length: totalPages - 1 }, (_, i) => ({
      tag: tag.slug,
      page: String(i + 2),
    }));
  });
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
