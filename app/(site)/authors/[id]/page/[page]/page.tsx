import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getAuthor, parsePageParam } from "@/lib/content";
import { AuthorPage, authorHref } from "../../_author-page";

export const dynamicParams = true;
export const revalidate = 300;

type Props = { params: Promise<{ id: string; page: string }> };

/**
 * Only an author's first page is rendered at build (authors/[id]/page.tsx); older pages render on
 * their first visit and are cached from then on (lib/content/prerender.ts says why).
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params;
  const author = getAuthor(id);
  if (!author) return {};
  return {
    title: `${author.name}, page ${page}`,
    alternates: { canonical: authorHref(id, parsePageParam(page)) },
  };
}

export default async function AuthorOlderPage({ params }: Props) {
  const { id, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === 1) permanentRedirect(`/authors/${id}`);
  if (Number.isNaN(page)) notFound();
  return <AuthorPage id={id} page={page} />;
}
