/**
 * Every site-wide setting in one typed place. Values a deployment changes come from the environment
 * (see README "Configuration"); everything else is edited here.
 */
export type NavLink = { label: string; href: string };
import { env } from "@/lib/env";
export type SocialLink = { label: string; href: string };

export type SiteConfig = {
  title: string;
  description: string;
  /** A few sentences under the title on the home page: who writes here, and for whom. */
  intro: string;
  /** Absolute origin used for canonical URLs, feeds, the sitemap and social cards. */
  url: string;
  language: string;
  /** Byline used when a post names no author. */
  defaultAuthor: string;
  postsPerPage: number;
  nav: NavLink[];
  social: SocialLink[];
};

export const siteConfig: SiteConfig = {
  title: env.siteTitle() || "Mentor Notes",
  description:
    env.siteDescription() || "Practical writing from mentors on software, data and careers.",
  intro:
    "Notes from working engineers who mentor: how to review code, prepare for interviews, learn machine learning and grow a career, written for the people they mentor.",
  url: env.siteUrl(),
  language: "en",
  defaultAuthor: "The Mentors",
  postsPerPage: 10,
  nav: [
    { label: "Blog", href: "/" },
    { label: "Tags", href: "/tags" },
    { label: "Search", href: "/search" },
  ],
  social: [{ label: "RSS feed", href: "/feed.xml" }],
};

/** Turns a site path into an absolute URL on the configured origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.url + "/").toString();
}
