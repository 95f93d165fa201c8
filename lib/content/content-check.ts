import fs from "node:fs";
import path from "node:path";
import { pagesDir } from "@/lib/data/content-paths";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { findMdxProblem, onlyBlocksPublishing } from "@/lib/mdx/validate-mdx";
import { ContentError } from "./content-error";
import { loadContent } from "./load";
import { pageSlugProblem } from "./page-slugs";
import { pageFileName, parsePage, type SitePage } from "./parse-page";
import { readRedirects } from "./redirects";

/**
 * What `npm run check:content` reports (scripts/check-content.ts): every problem names its file
 * (relative to the content folder) and, when known, its line. `problems` stop the build; `notes`
 * are drafts with a writing mistake, saved on purpose (lib/content/write.ts) and never built.
 */
export type ContentCheck = {
  problems: ContentError[];
  notes: ContentError[];
  counts: { posts: number; authors: number; pages: number };
};

type Checked = { body: string; bodyLineOffset: number; draft: boolean; review?: boolean };

/** The body's MDX problem as a ContentError on the file's own line, sorted into problem or note. */
async function checkBody(file: string, item: Checked, format: "mdx" | "md", out: ContentCheck) {
  const problem = await findMdxProblem(item.body, format, MDX_COMPONENT_NAMES);
  if (!problem) return;
  const line = problem.line === undefined ? undefined : problem.line + item.bodyLineOffset;
  const draftOnly = onlyBlocksPublishing(problem) && item.draft && !item.review;
  (draftOnly ? out.notes : out.problems).push(
    new ContentError(file, `MDX error: ${problem.message}`, line),
  );
}

/**
 * The site pages in content/pages, each as the site reads it: a file the site would skip (an
 * address it cannot have, a link, front matter that does not parse) is a problem here, not silence.
 */
function readPages(problems: ContentError[]): SitePage[] {
  let names: string[];
  try {
    names = fs.readdirSync(/*turbopackIgnore: true*/ pagesDir());
  } catch {
    return []; // no pages folder
  }
  const pages: SitePage[] = [];
  for (const name of names.filter((n) => n.endsWith(".mdx")).sort()) {
    const slug = name.slice(0, -4);
    const file = pageFileName(slug);
    const addressProblem = pageSlugProblem(slug);
    if (addressProblem) {
      problems.push(
        new ContentError(file, `the file name is not a usable address: ${addressProblem}`),
      );
      continue;
    }
    const full = path.join(pagesDir(), name);
    if (!fs.lstatSync(/*turbopackIgnore: true*/ full).isFile()) {
      problems.push(new ContentError(file, "is not a regular file (a link?): the site skips it"));
      continue;
    }
    try {
      pages.push(parsePage(slug, fs.readFileSync(/*turbopackIgnore: true*/ full, "utf8")));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error);
    }
  }
  return pages;
}

/** Checks posts, author profiles and site pages; `mdx: false` checks front matter only. */
export async function checkContent(options: { mdx: boolean }): Promise<ContentCheck> {
  const index = loadContent();
  const problems: ContentError[] = [...index.errors];
  const pages = readPages(problems);
  // Old addresses of moved posts: a broken file would quietly stop every redirect.
  try {
    readRedirects();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(error);
  }
  const out: ContentCheck = {
    problems,
    notes: [],
    counts: { posts: index.posts.length, authors: index.authors.size, pages: pages.length },
  };
  if (!options.mdx) return out;
  for (const post of index.posts) await checkBody(post.file, post, post.format, out);
  for (const page of pages) await checkBody(pageFileName(page.slug), page, "mdx", out);
  return out;
}
