import "server-only";
import type { Post } from "@/lib/content";
import { renderAtom } from "@/lib/feeds/atom";
import { renderJson } from "@/lib/feeds/json";
import type { FeedData } from "@/lib/feeds/model";
import { renderRss } from "@/lib/feeds/rss";
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

/**
 * The newest posts as feed data. Every value stays plain text here; each format escapes it itself
 * (lib/feeds/text.ts), because titles, descriptions, tags and names are typed by mentors.
 */
export function buildFeed(
  posts: Post[],
  options: { title?: string; path?: string } = {},
): FeedData {
  const base = options.path ?? "";
  const newest = posts.slice(0, FEED_SIZE);
  return {
    title: options.title ? `${options.title} · ${siteConfig.title}` : siteConfig.title,
    description: siteConfig.description,
    language: siteConfig.language,
    homeUrl: absoluteUrl(base || "/"),
    links: {
      rss: absoluteUrl(`${base}/feed.xml`),
      ...(base ? {} : { atom: absoluteUrl("/atom.xml"), json: absoluteUrl("/feed.json") }),
    },
    updated: newest[0] ? (newest[0].updated ?? newest[0].date) : new Date(0),
    copyright: `© ${siteConfig.title}`,
    favicon: absoluteUrl("/icon.svg"),
    items: newest.map((post) => ({
      url: absoluteUrl(postPath(post.slug)),
      title: post.title,
      summary: post.description ?? post.text.slice(0, 280),
      updated: post.updated ?? post.date,
      published: post.date,
      author: { name: post.author.name, url: absoluteUrl(`/authors/${post.author.id}`) },
      tags: post.tags.map((tag) => ({
        name: tag.name,
        slug: tag.slug,
        url: absoluteUrl(`/tags/${tag.slug}`),
      })),
    })),
  };
}

function renderFeed(feed: FeedData, format: FeedFormat): string {
  return format === "rss"
    ? renderRss(feed)
    : format === "atom"
      ? renderAtom(feed)
      : renderJson(feed);
}

export function feedResponse(feed: FeedData, format: FeedFormat): Response {
  return new Response(renderFeed(feed, format), {
    headers: { "Content-Type": CONTENT_TYPES[format] },
  });
}
