import { z } from "zod";
import { ContentError } from "./content-error";
import { versionOf } from "./version";
import { splitFrontMatter } from "./split-front-matter";

/**
 * Site pages: `content/pages/<slug>.mdx`, written like posts (front matter and an MDX body) but
 * outside the blog: no date, author, tags, feed or list. Served at `/<slug>` through the same MDX
 * pipeline, render budget and safety rules as posts.
 */
export type SitePage = {
  id: string | undefined;
  slug: string;
  title: string;
  description: string;
  draft: boolean;
  body: string;
  /** Lines before the body, so an MDX error names the file's own line. */
  bodyLineOffset: number;
  source: string;
  version: string;
  updatedAt: Date;
};

export const PAGE_TITLE_MAX = 120;
export const PAGE_DESCRIPTION_MAX = 300;

export const pageFrontMatterSchema = z.object({
  id: z.uuid().optional(),
  title: z.string().trim().min(1, "needs a title").max(PAGE_TITLE_MAX),
  description: z.string().trim().max(PAGE_DESCRIPTION_MAX).optional(),
  draft: z.boolean().optional(),
});

export const pageFileName = (slug: string) => `pages/${slug}.mdx`;

/** Parses one page file; a ContentError names the file and what is wrong. */
export function parsePage(slug: string, source: string, updatedAt = new Date()): SitePage {
  const name = pageFileName(slug);
  const { data, body } = splitFrontMatter(source, name);
  const result = pageFrontMatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(name, `front matter field "${issue.path.join(".")}" ${issue.message}`);
  }
  const header = source.length - body.length;
  return {
    id: result.data.id,
    slug,
    title: result.data.title,
    description: result.data.description ?? "",
    draft: result.data.draft ?? false,
    body,
    bodyLineOffset: source.slice(0, header).split("\n").length - 1,
    source,
    version: versionOf(source),
    updatedAt,
  };
}
