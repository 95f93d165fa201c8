import type { Metadata } from "next";
import { getAuthor, getAuthors } from "@/lib/content";
import { AuthorPage } from "./_author-page";

export const revalidate = 300;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ id: author.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).id);
  if (!author) return {};
  return {
    title: author.name,
    description: author.bio ?? `Posts by ${author.name}.`,
    alternates: { canonical: `/authors/${author.id}` },
    openGraph: { type: "profile" },
  };
}

export default async function AuthorFirstPage({ params }: Props) {
  return <AuthorPage id={(await params).id} page={1} />;
}
