import type { MetadataRoute } from "next";
import { getAuthors, getPublishedPosts, getTags } from "@/lib/content";
import { getPublishedPages } from "@/lib/content/pages";
import { absoluteUrl } from "@/lib/site-config";

export const revalidate = 300;

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPublishedPosts();
  return [
    { url: absoluteUrl("/"), lastModified: posts[0]?.date, changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/tags"), changeFrequency: "weekly", priority: 0.5 },
    { url: absoluteUrl("/archive"), lastModified: posts[0]?.date, priority: 0.5 },
    ...getPublishedPages().map((page) => ({
      url: absoluteUrl(`/${page.slug}`),
      lastModified: page.updatedAt,
      priority: 0.6,
    })),
    ...posts.map((post) => ({
      url: absoluteUrl(`/blog/${post.slug}`),
      lastModified: post.updated ?? post.date,
      priority: 0.8,
    })),
    ...getTags().map((tag) => ({ url: absoluteUrl(`/tags/${tag.slug}`), priority: 0.4 })),
    ...getAuthors().map((author) => ({ url: absoluteUrl(`/authors/${author.id}`), priority: 0.3 })),
  ];
}
