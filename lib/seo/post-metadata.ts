import type { Metadata } from "next";
import type { Post } from "@/lib/content";
import { absoluteUrl, siteConfig } from "@/lib/site-config";

export const postPath = (slug: string) => `/blog/${slug}`;

/** The social image: the post's own thumbnail, else one generated from its title. */
export function socialImage(post: Post): { url: string; alt: string } {
  return post.thumbnail
    ? { url: post.thumbnail.src, alt: post.thumbnail.alt }
    : { url: `/og/${post.slug}`, alt: post.title };
}

export function postMetadata(post: Post): Metadata {
  const image = socialImage(post);
  const description = post.metaDescription ?? post.description;
  return {
    // An explicit meta title is used as written; otherwise the site name is appended.
    title: post.metaTitleIsCustom ? { absolute: post.metaTitle } : post.title,
    description,
    authors: [{ name: post.author.name, url: absoluteUrl(`/authors/${post.author.id}`) }],
    alternates: { canonical: post.canonical ?? postPath(post.slug) },
    openGraph: {
      type: "article",
      title: post.metaTitle,
      description,
      url: postPath(post.slug),
      publishedTime: post.date.toISOString(),
      modifiedTime: (post.updated ?? post.date).toISOString(),
      authors: [post.author.name],
      tags: post.tags.map((tag) => tag.name),
      images: [{ ...image, width: 1200, height: 630 }],
    },
    twitter: {
      card: "summary_large_image",
      title: post.metaTitle,
      description,
      images: [image.url],
    },
  };
}

/** schema.org BlogPosting, for search engines. */
export function postJsonLd(post: Post): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.metaDescription ?? post.description,
    datePublished: post.date.toISOString(),
    dateModified: (post.updated ?? post.date).toISOString(),
    author: {
      "@type": "Person",
      name: post.author.name,
      url: absoluteUrl(`/authors/${post.author.id}`),
    },
    publisher: { "@type": "Organization", name: siteConfig.title, url: siteConfig.url },
    image: absoluteUrl(socialImage(post).url),
    mainEntityOfPage: absoluteUrl(postPath(post.slug)),
    keywords: post.tags.map((tag) => tag.name).join(", ") || undefined,
  };
}
