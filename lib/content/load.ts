import fs from "node:fs";
import { mediaDir } from "@/lib/data/paths";
import { processGlobal } from "@/lib/data/process-global";
import { siteConfig } from "@/lib/site-config";
import path from "node:path";
import { ContentError, combineContentErrors } from "./content-error";
import { parseAuthor } from "./parse-author";
import { parsePost, type RawFile } from "./parse-post";
import { authorsDir, contentRoot, fileForSlug, postsDir } from "@/lib/data/content-paths";
import { isValidSlug } from "@/lib/data/slug";
import { readTagMeta, tagMetaFile, type TagMeta } from "./tag-meta";
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

/** A content file found on disk, not yet read. */
type FoundFile = Omit<RawFile, "source"> & { full: string; stamp: string };

/**
 * Lists `<slug>.md(x)` files; anything else in the folder is reported, never read as content.
 * Each file is stat-ed (cheap) so unchanged files can skip reading and parsing.
 */
function listFiles(
  dir: string,
  accept: Record<string, PostFormat>,
): { found: FoundFile[]; errors: ContentError[] } {
  const found: FoundFile[] = [];
  const slugs = new Set<string>();
  const errors: ContentError[] = [];
  const folder = path.basename(dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { found, errors };
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
      errors.push(
        new ContentError(
          file,
          "file name must be a lowercase kebab-case slug, like my-first-post.mdx",
        ),
      );
    } else if (slugs.has(slug)) {
      errors.push(new ContentError(file, `two files share the slug "${slug}"`));
    } else {
      const full = path.join(dir, entry.name);
      const stat = fs.lstatSync(/*turbopackIgnore: true*/ full, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue; // removed (or swapped) since the listing
      slugs.add(slug);
      // Every write is a rename of a new file, so the inode alone changes on each save.
      found.push({
        slug,
        file,
        format,
        full,
        modifiedAt: stat.mtime,
        stamp: `${stat.ino}:${stat.size}:${stat.mtimeMs}`,
      });
    }
  }
  return { found, errors };
}

type Parsed<T> = { stamp: string; value: T } | { stamp: string; error: ContentError };

/**
 * Parsed files by path, kept across index reloads: after a save only the saved file is read and
 * parsed again, so publishing stays fast however many posts there are. A post's thumbnail depends
 * on the media folder too, so its stamp includes that folder's.
 */
const parsedFiles = processGlobal("parsed-content-files", () => new Map<string, Parsed<unknown>>());

function collect<T>(
  files: FoundFile[],
  parse: (raw: RawFile) => T,
  errors: ContentError[],
  extraStamp = "",
): T[] {
  const out: T[] = [];
  for (const found of files) {
    const stamp = found.stamp + extraStamp;
    let parsed = parsedFiles.get(found.full) as Parsed<T> | undefined;
    if (parsed?.stamp !== stamp) {
      let source: string;
      try {
        source = fs.readFileSync(/*turbopackIgnore: true*/ found.full, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // deleted meanwhile
        throw error;
      }
      try {
        parsed = {
          stamp,
          value: parse({
            slug: found.slug,
            file: found.file,
            format: found.format,
            modifiedAt: found.modifiedAt,
            source,
          }),
        };
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        parsed = { stamp, error };
      }
      parsedFiles.set(found.full, parsed);
    }
    if ("error" in parsed) errors.push(parsed.error);
    else out.push(parsed.value);
  }
  return out;
}

function folderStamp(dir: string): string {
  return `|${fs.statSync(/*turbopackIgnore: true*/ dir, { throwIfNoEntry: false })?.mtimeMs ?? 0}`;
}

type Scan = {
  postFiles: ReturnType<typeof listFiles>;
  authorFiles: ReturnType<typeof listFiles>;
  signature: string;
};

/** Lists the content folder without reading files; the signature changes whenever any file does. */
function scanContent(): Scan {
  const postFiles = listFiles(postsDir(), EXTENSIONS);
  const authorFiles = listFiles(authorsDir(), { ".md": "md" });
  const stamps = [...postFiles.found, ...authorFiles.found].map(
    (found) => `${found.full}@${found.stamp}`,
  );
  const signature = [...stamps, folderStamp(mediaDir()), folderStamp(tagMetaFile())].join("\n");
  return { postFiles, authorFiles, signature };
}

/** Reads and validates the whole content folder (only files changed since the last read are parsed). */
export function loadContent(scan: Scan = scanContent()): ContentIndex {
  const { postFiles, authorFiles } = scan;
  const present = new Set([...postFiles.found, ...authorFiles.found].map((found) => found.full));
  for (const full of parsedFiles.keys()) if (!present.has(full)) parsedFiles.delete(full);
  const errors = [...postFiles.errors, ...authorFiles.errors];
  const authors = new Map(collect(authorFiles.found, parseAuthor, errors).map((a) => [a.id, a]));
  // Copies: the parsed posts are shared with later reloads and keep the byline as written.
  const posts = withUniqueIds(
    collect(postFiles.found, parsePost, errors, folderStamp(mediaDir())),
    errors,
  ).map((post) => ({ ...post, author: resolveByline(post.author.name, authors) }));
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

/**
 * Ids are identities: a second file claiming an id already taken is a content error naming both
 * files (listing order decides which is first), and is left out like any other broken file.
 */
function withUniqueIds(posts: Post[], errors: ContentError[]): Post[] {
  const seen = new Map<string, string>();
  return posts.filter((post) => {
    if (!post.id) return true;
    const first = seen.get(post.id);
    if (first === undefined) {
      seen.set(post.id, post.file);
      return true;
    }
    errors.push(
      new ContentError(
        post.file,
        `has the same id as ${first} (${post.id}); give one of them a new id`,
      ),
    );
    return false;
  });
}

/**
 * A byline names an author by profile id (`ada-okafor`), or, in older files, by a name whose slug
 * is the id (`Ada Okafor` -> ada-okafor); unmatched names still get that stable id. Never by a
 * profile's display name: that is free text its owner edits, and matching it would let anyone
 * claim another author's posts (or the default byline's) by renaming themselves.
 */
export function resolveByline(name: string, authors: Map<string, Author>): Post["author"] {
  const wanted = name.trim() || siteConfig.defaultAuthor;
  const id = tagSlug(wanted);
  const profile = authors.get(wanted) ?? authors.get(id);
  return profile ? { id: profile.id, name: profile.name } : { id, name: wanted };
}

/**
 * Files changed outside the admin (a `git pull`, an editor) are noticed by watching the content
 * folders: a change marks the index stale, and the next request re-lists the folder (cheap: only
 * changed files are parsed). Where watching is not possible, the folder is re-listed every minute.
 */
const FALLBACK_RESCAN_MS = 60_000;

/** `seen`: the watchers' change count when the folder was listed; a higher count means stale. */
type CachedIndex = {
  root: string;
  index: ContentIndex;
  signature: string;
  checkedAt: number;
  seen: number;
};

const state = processGlobal("content-index", () => ({
  cached: undefined as CachedIndex | undefined,
  watchers: [] as fs.FSWatcher[],
  watchedRoot: undefined as string | undefined,
  watching: false,
  changes: 0,
}));

function watchContent(root: string): void {
  if (state.watchedRoot === root) return;
  for (const watcher of state.watchers) watcher.close();
  state.watchers = [];
  state.watchedRoot = root;
  state.watching = true;
  for (const dir of [root, postsDir(), authorsDir(), mediaDir()]) {
    try {
      const watcher = fs.watch(/*turbopackIgnore: true*/ dir, { persistent: false }, () => {
        state.changes++;
      });
      watcher.on("error", () => (state.watching = false));
      state.watchers.push(watcher);
    } catch {
      state.watching = false; // a missing folder, or no inotify: fall back to re-listing
    }
  }
}

/**
 * The index is read once per process: a build parses each file once however many pages list it.
 * A running server rebuilds it when a watched file changes (or, without watching, every minute).
 * `next dev` reads afresh so authors see their edits.
 */
export function getContentIndex(): ContentIndex {
  const root = contentRoot();
  const cached = state.cached;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (process.env.NODE_ENV !== "development" && cached?.root === root) {
    if (building) return cached.index;
    const due = !state.watching && Date.now() - cached.checkedAt >= FALLBACK_RESCAN_MS;
    if (cached.seen === state.changes && !due) return cached.index;
    const seen = state.changes;
    const scan = scanContent();
    cached.checkedAt = Date.now();
    cached.seen = seen;
    if (scan.signature === cached.signature) return cached.index;
    state.cached = {
      root,
      index: loadContent(scan),
      signature: scan.signature,
      checkedAt: Date.now(),
      seen,
    };
    return state.cached.index;
  }
  if (!building && process.env.NODE_ENV !== "development") watchContent(root);
  const seen = state.changes;
  const scan = scanContent();
  state.cached = {
    root,
    index: loadContent(scan),
    signature: scan.signature,
    checkedAt: Date.now(),
    seen,
  };
  return state.cached.index;
}

/** True when `<slug>.md(x)` exists on disk, whether or not the cached index knows it yet. */
export function postFileExists(slug: string): boolean {
  if (!isValidSlug(slug)) return false;
  return Object.keys(EXTENSIONS).some((extension) =>
    fs.existsSync(/*turbopackIgnore: true*/ fileForSlug(postsDir(), slug, extension)),
  );
}

/** Drops the cached index, for code that has just changed content. */
export function invalidateContentIndex(): void {
  state.cached = undefined;
}

/** During a build, bad content must stop it; a running server logs and skips the bad file instead. */
export function assertContentValid(index: ContentIndex): void {
  if (index.errors.length === 0) return;
  if (
    process.env.NEXT_PHASE === "phase-production-build" ||
    process.env.NODE_ENV !== "production"
  ) {
    throw combineContentErrors(index.errors);
  }
}
