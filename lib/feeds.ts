import "server-only";
import { Feed } from "feed";
import type { Post } from "@/lib/content";
import { postPath } from "@/lib/seo/post-metadata";
import { absoluteUrl, siteConfig } from "@/lib/site-config";

/** Feeds list the newest posts only, so their size stays flat as the blog grows. */
export const FEED_SIZE = 20;

export type FeedFormat = "rss" | "atom" | "json";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export function buildFeed(posts: Post[], options: { title?: string; path?: string } = {}): Feed {
  const base = options.path ?? "";
  const newest = posts.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: absoluteUrl(base || "/"),
    link: absoluteUrl(base || "/"),
    title: options.title ? `${options.title} · ${siteConfig.title}` : siteConfig.title,
    description: siteConfig.description,
    language: siteConfig.language,
    updated: newest[0] ? (newest[0].updated ?? newest[0].date) : new Date(0),
    generator: false,
    copyright: `© ${siteConfig.title}`,
    favicon: absoluteUrl("/icon.svg"),
    feedLinks: {
      rss: absoluteUrl(`${base}/feed.xml`),
      ...(base ? {} : { atom: absoluteUrl("/atom.xml"), json: absoluteUrl("/feed.json") }),
    },
  });
  for (const post of newest) {
    const url = absoluteUrl(postPath(post.slug));
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.description ?? post.text.slice(0, 280),
      date: post.updated ?? post.date,
      published: post.date,
      author: [{ name: post.author.name, link: absoluteUrl(`/authors/${post.author.id}`) }],
      category: post.tags.map((tag) => ({
        name: tag.name,
        term: tag.slug,
        domain: absoluteUrl(`/tags/${tag.slug}`),
      })),
    });
  }
  return feed;
}

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  const body = format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
  return new Response(body, { headers: { "Content-Type": CONTENT_TYPES[format] } });
}
