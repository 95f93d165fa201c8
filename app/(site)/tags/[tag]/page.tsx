import type { Metadata } from "next";
import { getTag, getTags } from "@/lib/content";
import { siteConfig } from "@/lib/site-config";
import { TagPage } from "./_tag-page";

export const revalidate = 300;

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return {
    title: `Posts tagged ${tag.name}`,
    description: `${tag.count} posts about ${tag.name} on ${siteConfig.title}.`,
    alternates: {
      canonical: `/tags/${tag.slug}`,
      types: {
        "application/rss+xml": [{ url: `/tags/${tag.slug}/feed.xml`, title: `${tag.name} (RSS)` }],
      },
    },
  };
}

export default async function TagFirstPage({ params }: Props) {
  return <TagPage slug={(await params).tag} page={1} />;
}
