import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedPosts } from "@/lib/content";
import { parseYearParam, postsByYear } from "@/lib/content/archive";
import { ArchiveList } from "../_components/archive-list";

export const revalidate = 300;

type Props = { params: Promise<{ year: string }> };

/** Years render on their first request and are cached like any list page. */
export function generateStaticParams() {
  return [];
}

function yearOf(value: string) {
  const year = parseYearParam(value);
  return year === undefined
    ? undefined
    : postsByYear(getPublishedPosts()).find((entry) => entry.year === year);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const found = yearOf(year);
  if (!found) return {};
  return {
    title: `Posts from ${found.year}`,
    alternates: { canonical: `/archive/${found.year}` },
  };
}

export default async function ArchiveYearPage({ params }: Props) {
  const found = yearOf((await params).year);
  if (!found) notFound();
  return (
    <>
      <header className="border-b border-line pb-6">
        <p className="text-sm text-muted">
          <Link href="/archive" className="hover:text-accent">
            Archive
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Posts from {found.year}</h1>
      </header>
      <ArchiveList years={[found]} linkYears={false} />
    </>
  );
}
