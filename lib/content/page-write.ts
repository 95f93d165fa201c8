import "server-only";
import fs from "node:fs/promises";
import YAML from "yaml";
import { createWriteQueue, removeFile, writeFileAtomic } from "@/lib/data/atomic-write";
import { fileForSlug, pagesDir } from "@/lib/data/content-paths";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import { ensureHistory, recordSafely, type Who } from "@/lib/history/git";
import { ContentWriteError } from "./content-error";
import { MAX_PAGES, TOO_MANY_PAGES } from "./page-limits";
import { pageSlugProblem } from "./page-slugs";
import { pageFileName, readPage, type SitePage } from "./pages";
import { newPostId } from "./post-id";

/** The same content queue as post saves: one content write at a time. */
const enqueue = createWriteQueue("content");

export type PageDraft = {
  /** The page's permanent id; undefined for a new page. */
  id?: string;
  /** Where the page lived when the editor opened it (a rename moves the file). */
  previousSlug?: string;
  /** The file's version when the editor opened it: a save over a newer one is refused. */
  version?: string;
  slug: string;
  title: string;
  description: string;
  body: string;
  draft: boolean;
};

export const PAGE_CHANGED =
  "Someone else changed this page while you were editing. Copy your text, reload the page and try again; nothing was saved.";

export function serializePage(page: Required<Pick<PageDraft, "id">> & PageDraft): string {
  const data: Record<string, unknown> = { id: page.id, title: page.title };
  if (page.description) data.description = page.description;
  if (page.draft) data.draft = true;
  const body = page.body.endsWith("\n") ? page.body : `${page.body}\n`;
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** Page files in the folder, readable or not: each one is read whenever pages are listed. */
async function pageFileCount(): Promise<number> {
  const names = await fs.readdir(/*turbopackIgnore: true*/ pagesDir()).catch(() => []);
  return names.filter((name) => name.endsWith(".mdx")).length;
}

/** A new page is refused once the site has MAX_PAGES; editing or renaming one never is. */
async function checkRoomForPage(draft: PageDraft): Promise<void> {
  if (!draft.previousSlug && (await pageFileCount()) >= MAX_PAGES)
    throw new ContentWriteError(TOO_MANY_PAGES);
}

/**
 * Creates or updates a page as one history entry ("Create page About us"). The page count is
 * checked first, then the MDX with the posts' strict rules and render budget (outside the write
 * queue, as for posts, so a costly check never holds up another mentor's save), then the count
 * again in the queue, where two saves cannot both take the last place.
 */
export async function savePage(draft: PageDraft, who: Who): Promise<SitePage> {
  const problem = pageSlugProblem(draft.slug);
  if (problem) throw new ContentWriteError(problem, { slug: [problem] });
  await checkRoomForPage(draft);
  const mdx = await findMdxProblem(draft.body, "mdx", MDX_COMPONENT_NAMES, { strict: true });
  if (mdx) {
    const where = mdx.line === undefined ? "" : ` (line ${mdx.line})`;
    throw new ContentWriteError(`The text has a problem${where}: ${mdx.message}`, {
      body: [mdx.message],
    });
  }
  return enqueue(async () => {
    await checkRoomForPage(draft);
    const previous = draft.previousSlug ? readPage(draft.previousSlug) : undefined;
    if (draft.previousSlug && (!previous || previous.id !== draft.id))
      // Renamed or deleted meanwhile, maybe with another page in its place: never overwrite that.
      throw new ContentWriteError("This page no longer exists. Reload the list of pages.");
    if (previous && draft.version !== previous.version) throw new ContentWriteError(PAGE_CHANGED);
    const target = fileForSlug(pagesDir(), draft.slug, ".mdx");
    const taken = await fs.lstat(/*turbopackIgnore: true*/ target).catch(() => undefined);
    if (taken && draft.slug !== draft.previousSlug) {
      const message = `Another page already has the address /${draft.slug}. Choose another one.`;
      throw new ContentWriteError(message, { slug: [message] });
    }
    const id = previous?.id ?? newPostId();
    // Start the history first, so a first save is its own entry rather than "History starts here".
    await ensureHistory().catch((error) => console.error("[history]", error));
    await writeFileAtomic(target, serializePage({ ...draft, id }));
    const paths = [pageFileName(draft.slug)];
    if (previous && previous.slug !== draft.slug) {
      await removeFile(fileForSlug(pagesDir(), previous.slug, ".mdx"));
      paths.push(pageFileName(previous.slug));
    }
    const verb = previous ? "Update" : "Create";
    await recordSafely(paths, `${verb} page ${draft.title}`, who);
    return readPage(draft.slug)!;
  });
}

/** Deletes a page (its history keeps it); the id makes sure it is still the page that was shown. */
export async function deletePage(slug: string, id: string, who: Who): Promise<void> {
  await enqueue(async () => {
    const page = readPage(slug);
    if (!page || (page.id ?? "") !== id) throw new ContentWriteError("This page no longer exists.");
    await removeFile(fileForSlug(pagesDir(), slug, ".mdx"));
    await recordSafely([pageFileName(slug)], `Delete page ${page.title}`, who);
  });
}
