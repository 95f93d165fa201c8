import fs from "node:fs";
import { processGlobal } from "@/lib/data/process-global";
import { siteConfig } from "@/lib/site-config";
import path from "node:path";
import { ContentError, combineContentErrors } from "./content-error";
import { parseAuthor } from "./parse-author";
import { parsePost, type RawFile } from "./parse-post";
import { authorsDir, contentRoot, fileForSlug, isValidSlug, postsDir } from "./paths";
import { readTagMeta, type TagMeta } from "./tag-meta";
import { tagSlug } from "./tags";
import type { Author, Post, PostFormat } from "./types";

export type ContentIndex = {
  /** Every valid post, drafts and future ones included, newest first. */
  posts: Post[];
  authors: Map<string, Author>;
  tagMeta: TagMeta;
  errors: ContentError[];
};

const EXTENSIONS: Record<string, PostFormat> = { ".mdx": "mdx", ".md": "md" };

/** Lists `<slug>.md(x)` files; anything else in the folder is reported, never read as content. */
function listFiles(dir: string, accept: Record<string, PostFormat>): { raw: RawFile[]; errors: ContentError[] } {
  const raw: RawFile[] = [];
  const errors: ContentError[] = [];
  const folder = path.basename(dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { raw, errors };
    throw error;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const extension = path.extname(entry.name);
    const format = accept[extension];
    // Editor backups, temp files and dotfiles are not content.
    if (!format || entry.name.startsWith(".")) continue;
    const file = `${folder}/${entry.name}`;
    const slug = entry.name.slice(0, -extension.length);
    if (!entry.isFile()) {
      errors.push(new ContentError(file, "is not a regular file (symbolic links are refused)"));
    } else if (!isValidSlug(slug)) {
      errors.push(new ContentError(file, "file name must be a lowercase kebab-case slug, like my-first-post.mdx"));
    } else if (raw.some((other) => other.slug === slug)) {
      errors.push(new ContentError(file, `two files share the slug "${slug}"`));
    } else {
const full = path.join(dir, entry.name);
      raw.push({
        slug,
        file,
        format,
        source: fs.readFileSync(/*turbopackIgnore: true*/ full, "utf8"),
        modifiedAt: fs.statSync(/*turbopackIgnore: true*/ full).mtime,
      });
    }
  }
  return { raw, errors };
}

function collect<T>(files: RawFile[], parse: (raw: RawFile) => T, errors: ContentError[]): T[] {
  const out: T[] = [];
  for (const raw of files) {
    try {
      out.push(parse(raw));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return out;
}

/** Reads and validates the whole content folder once. */
export function loadContent(): ContentIndex {
  const postFiles = listFiles(postsDir(), EXTENSIONS);
  const authorFiles = listFiles(authorsDir(), { ".md": "md" });
  const errors = [...postFiles.errors, ...authorFiles.errors];
  const authors = new Map(collect(authorFiles.raw, parseAuthor, errors).map((a) => [a.id, a]));
  const posts = collect(postFiles.raw, parsePost, errors);
  for (const post of posts) post.author = resolveByline(post.author.name, authors);
  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  let tagMeta: TagMeta = { tags: {}, redirects: {} };
  try {
    tagMeta = readTagMeta();
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else throw error;
  }
  return { posts, authors, tagMeta, errors };
}

/** A byline matches a profile by id or by name; unmatched names still get a stable id. */
export function resolveByline(name: string, authors: Map<string, Author>): Post["author"] {
  const wanted = name.trim() || siteConfig.defaultAuthor;
  const id = tagSlug(wanted);
  const profile =
    authors.get(wanted) ??
    authors.get(id) ??
    [...authors.values()].find((a) => a.name.toLowerCase() === wanted.toLowerCase());
  return profile ? { id: profile.id, name: profile.name } : { id, name: wanted };
}

const state = processGlobal("content-index", () => ({ cached: undefined as { root: string; index: ContentIndex } | undefined }));

/**
 * The index is read once per process: a build parses each file once however many pages list it.
 * `next dev` reads afresh so authors see their edits.
 */
export function getContentIndex(): ContentIndex {
  const root = contentRoot();
  if (process.env.NODE_ENV === "development" || state.cached?.root !== root) {
    state.cached = { root, index: loadContent() };
  }
  return state.cached.index;
}

/** True when `<slug>.md(x)` exists on disk, whether or not the cached index knows it yet. */
export function postFileExists(slug: string): boolean {
  if (!isValidSlug(slug)) return false;
  return Object.keys(EXTENSIONS).some((extension) => fs.existsSync(/*turbopackIgnore: true*/ fileForSlug(postsDir(), slug, extension)));
}

/** Drops the cached index, for code that has just changed content. */
export function invalidateContentIndex(): void {
  state.cached = undefined;
}

/** During a build, bad content must stop it; a running server logs and skips the bad file instead. */
export function assertContentValid(index: ContentIndex): void {
  if (index.errors.length === 0) return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NODE_ENV !== "production") {
    throw combineContentErrors(index.errors);
  }
}
