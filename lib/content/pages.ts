import "server-only";
import fs from "node:fs";
import { fileForSlug, pagesDir } from "@/lib/data/content-paths";
import { pageSlugProblem } from "./page-slugs";
import { parsePage, type SitePage } from "./parse-page";

export {
  PAGE_DESCRIPTION_MAX,
  PAGE_TITLE_MAX,
  pageFileName,
  pageFrontMatterSchema,
  parsePage,
  type SitePage,
} from "./parse-page";

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
