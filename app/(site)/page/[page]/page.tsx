import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedPosts, paginate, parsePageParam } from "@/lib/content";
import { BlogIndex, homeHref } from "../../_components/blog-index";

export const revalidate = 300;

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  const totalPages = paginate(getPublishedPosts(), 1)?.totalPages ?? 1;
  return Array.from({ length: totalPages - 1 }, (_, i) => ({ page: String(i + 2) }));
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
