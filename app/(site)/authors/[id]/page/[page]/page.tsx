import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getAuthor, getAuthors, getPostsByAuthor, paginate, parsePageParam } from "@/lib/content";
import { AuthorPage, authorHref } from "../../_author-page";

export const revalidate = 300;

type Props = { params: Promise<{ id: string; page: string }> };

export function generateStaticParams() {
  return getAuthors().flatMap((author) => {
    const totalPages = paginate(getPostsByAuthor(author.id), 1)?.totalPages ?? 1;
    return Array.from({ length: totalPages - 1 }, (_, i) => ({
      id: author.id,
      page: String(i + 2),
    }));
  });
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
