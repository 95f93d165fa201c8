import { getPublishedPosts } from "@/lib/content";
import { buildFeed, feedResponse } from "@/lib/feeds";

export const revalidate = 300;

export function GET() {
  return feedResponse(buildFeed(getPublishedPosts()), "atom");
}
