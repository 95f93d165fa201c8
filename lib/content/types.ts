import type { PostFormat } from "@/lib/mdx/format";
import type { Tag } from "./tags";

export type { PostFormat };

export type Post = {
  /**
   * The post's identity: a random UUID from its front matter that never changes (see post-id.ts).
   * Undefined only for files not yet saved in the admin (a new Eleventy file, say).
   */
  id?: string;
  slug: string;
  /** File name relative to the content folder, for messages. */
  file: string;
  format: PostFormat;
  title: string;
  description?: string;
  date: Date;
  updated?: Date;
  /** The day the mentor last made sure the post still works ("Last checked"). */
  reviewed?: Date;
  /** The tools and versions the post was checked with ("Python 3.12, pandas 2.2"). */
  testedWith?: string;
  tags: Tag[];
  author: { id: string; name: string };
  /** Only set when the image exists on this site: a missing file never renders as a broken image. */
  thumbnail?: { src: string; alt: string };
  /** The thumbnail as written, even when the file is missing (the admin shows it). */
  thumbnailSource?: string;
  /** `meta_title`, else the title. */
  metaTitle: string;
  /** True when `meta_title` was written: it is then used as the whole `<title>`, as written. */
  metaTitleIsCustom: boolean;
  metaDescription?: string;
  canonical?: string;
  draft: boolean;
  /** When the file last changed on disk. */
  modifiedAt: Date;
  /** Submitted for review (only meaningful on drafts). */
  review: boolean;
  readingMinutes: number;
  /** The MDX/Markdown body, front matter removed. */
  body: string;
  /** Lines above the body in the file, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
  /** Body as plain words, for search and excerpts. */
  text: string;
};

export type AuthorLink = { label: string; url: string };

export type Author = {
  id: string;
  name: string;
  bio?: string;
  avatar?: string;
  links: AuthorLink[];
  /** False for bylines that match no profile file. */
  hasProfile: boolean;
};
