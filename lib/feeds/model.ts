/** What every feed format says, built once from the posts (lib/feeds/index.ts) and written three ways. */
export type FeedItem = {
  url: string;
  title: string;
  /** Plain text: the post's description, or the start of its text. */
  summary: string;
  updated: Date;
  published: Date;
  author: { name: string; url: string };
  tags: { name: string; slug: string; url: string }[];
};

export type FeedData = {
  title: string;
  description: string;
  language: string;
  /** The page the feed follows (the home page, or a tag's page). */
  homeUrl: string;
  links: { rss: string; atom?: string; json?: string };
  updated: Date;
  copyright: string;
  favicon: string;
  items: FeedItem[];
};
