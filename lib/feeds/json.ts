import type { FeedData } from "./model";
import { feedText } from "./text";

/** JSON Feed 1.1. The summary goes out as `content_text`: no field a reader renders as HTML. */
export function renderJson(feed: FeedData): string {
  const body = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.links.json,
    description: feed.description,
    language: feed.language,
    favicon: feed.favicon,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_text: item.summary,
      summary: item.summary,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      authors: [{ name: item.author.name, url: item.author.url }],
      tags: item.tags.map((tag) => tag.name),
    })),
  };
  // Same characters as the XML feeds: JSON could carry controls, but the three feeds should agree.
  const clean = (_key: string, value: unknown) =>
    typeof value === "string" ? feedText(value) : value;
  return JSON.stringify(body, clean, 2);
}
