import type { FeedData } from "./model";
import { element } from "./text";

/** Atom 1.0. Titles and summaries are `type="text"`: what a mentor typed is never read as HTML. */
export function renderAtom(feed: FeedData): string {
  const entries = feed.items.map((item) =>
    element(
      "entry",
      {},
      {
        children: [
          element("title", { type: "text" }, item.title),
          element("id", {}, item.url),
          element("link", { href: item.url }),
          element("updated", {}, item.updated.toISOString()),
          element("published", {}, item.published.toISOString()),
          element("summary", { type: "text" }, item.summary),
          element(
            "author",
            {},
            {
              children: [
                element("name", {}, item.author.name),
                element("uri", {}, item.author.url),
              ],
            },
          ),
          ...item.tags.map((tag) =>
            element("category", { term: tag.slug, label: tag.name, scheme: tag.url }),
          ),
        ],
      },
    ),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(
    "feed",
    { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": feed.language },
    {
      children: [
        element("id", {}, feed.homeUrl),
        element("title", { type: "text" }, feed.title),
        element("subtitle", { type: "text" }, feed.description),
        element("updated", {}, feed.updated.toISOString()),
        element("link", { rel: "alternate", href: feed.homeUrl }),
        ...(feed.links.atom ? [element("link", { rel: "self", href: feed.links.atom })] : []),
        element("icon", {}, feed.favicon),
        element("rights", { type: "text" }, feed.copyright),
        ...entries,
      ],
    },
  )}\n`;
}
