import { getPostsByTag, getTag, getTags } from "@/lib/content";
import { buildFeed, feedResponse } from "@/lib/feeds";

export const revalidate = 300;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

/** One RSS feed per tag, for readers who follow a single topic. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag);
  if (!tag) return new Response("No such tag", { status: 404 });
  return feedResponse(
    buildFeed(getPostsByTag(tag.slug), { title: tag.name, path: `/tags/${tag.slug}` }),
    "rss",
  );
}
