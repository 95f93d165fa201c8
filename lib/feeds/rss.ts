import type { FeedData } from "./model";
import { element, htmlEscape } from "./text";

/** RSS 2.0. Titles are plain text; `<description>` is HTML by convention, so the text is escaped as HTML first. */
export function renderRss(feed: FeedData): string {
  const items = feed.items.map((item) =>
    element(
      "item",
      {},
      {
        children: [
          element("title", {}, item.title),
          element("link", {}, item.url),
          element("guid", { isPermaLink: "false" }, item.url),
          element("pubDate", {}, item.published.toUTCString()),
          element("description", {}, htmlEscape(item.summary)),
          element("dc:creator", {}, item.author.name),
          ...item.tags.map((tag) => element("category", { domain: tag.url }, tag.name)),
        ],
      },
    ),
  );
  const channel = element(
    "channel",
    {},
    {
      children: [
        element("title", {}, feed.title),
        element("link", {}, feed.homeUrl),
        element("description", {}, feed.description),
        element("lastBuildDate", {}, feed.updated.toUTCString()),
        element("docs", {}, "https://validator.w3.org/feed/docs/rss2.html"),
        element("language", {}, feed.language),
        element("copyright", {}, feed.copyright),
        element("atom:link", { href: feed.links.rss, rel: "self", type: "application/rss+xml" }),
        ...items,
      ],
    },
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(
    "rss",
    {
      version: "2.0",
      "xmlns:atom": "http://www.w3.org/2005/Atom",
      "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    },
    { children: [channel] },
  )}\n`;
}
