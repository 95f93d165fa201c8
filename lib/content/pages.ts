import "server-only";
import fs from "node:fs";
import { z } from "zod";
import { fileForSlug, pagesDir } from "@/lib/data/content-paths";
import { ContentError } from "./content-error";
import { pageSlugProblem } from "./page-slugs";
import { versionOf } from "./post-file";
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

/** One page by its address, drafts included; undefined when there is none or it cannot be read. */
export function readPage(slug: string): SitePage | undefined {
  if (pageSlugProblem(slug)) return undefined;
  const file = fileForSlug(pagesDir(), slug, ".mdx");
  const stat = fs.lstatSync(/*turbopackIgnore: true*/ file, { throwIfNoEntry: false });
  // A link is never followed, as for posts: it could point at any file the server can read.
  if (!stat?.isFile()) return undefined;
  try {
    return parsePage(slug, fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8"), stat.mtime);
  } catch (error) {
    console.error(`[pages] ${(error as Error).message}`);
    return undefined;
  }
}

/** Every readable page, drafts included, by title. Files with a reserved or invalid name are skipped. */
export function listPages(): SitePage[] {
  let names: string[];
  try {
    names = fs.readdirSync(/*turbopackIgnore: true*/ pagesDir());
  } catch {
    return []; // no pages folder yet
  }
  return names
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => readPage(name.slice(0, -4)))
    .filter((page): page is SitePage => page !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** What readers may open: pages that are not drafts. */
export const getPublishedPages = () => listPages().filter((page) => !page.draft);

export function getPublishedPage(slug: string): SitePage | undefined {
  const page = readPage(slug);
  return page && !page.draft ? page : undefined;
}
