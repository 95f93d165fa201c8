import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { invalidateContentIndex } from "@/lib/content/load";
import { parsePost } from "@/lib/content/parse-post";
import type { Post } from "@/lib/content/types";

/** Front matter as YAML text, or as fields whose values are written verbatim (quote them yourself). */
export type FrontMatter = string | Record<string, string | number | boolean | string[]>;

/** A throwaway content folder with `posts/` and `authors/`, set as `CONTENT_DIR`. */
export function createContentDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `blog-test-${name}-`));
  fs.mkdirSync(path.join(dir, "posts"));
  fs.mkdirSync(path.join(dir, "authors"));
  process.env.CONTENT_DIR = dir;
  invalidateContentIndex();
  return dir;
}

/**
 * Deletes a folder made by createContentDir and stops using it as the content root: back to the
 * empty folder of tests/support/isolated-folders.ts, never the checkout's `content/`.
 */
export function removeContentDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.env.CONTENT_DIR === dir) {
    const fallback = process.env.UNIT_DEFAULT_CONTENT_DIR;
    if (fallback) process.env.CONTENT_DIR = fallback;
    else delete process.env.CONTENT_DIR;
  }
  invalidateContentIndex();
}

/** Empties `posts/` and `authors/` so the next test starts from nothing. */
export function clearContent(dir: string): void {
  for (const sub of ["posts", "authors"]) {
    fs.rmSync(path.join(dir, sub), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, sub));
  }
  invalidateContentIndex();
}

export function toYaml(frontMatter: FrontMatter): string {
  if (typeof frontMatter === "string") return frontMatter.trim();
  return Object.entries(frontMatter)
    .map(([key, value]) =>
      Array.isArray(value)
        ? `${key}:\n${value.map((item) => `  - ${item}`).join("\n")}`
        : `${key}: ${value}`,
    )
    .join("\n");
}

/**
 * Writes by renaming a new file over the old, as the app and most editors do: the loader knows a
 * file changed by its inode, size and time, and two same-size writes in place within one clock
 * tick would look alike.
 */
function replaceFile(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

/** The text of a post file: front matter between fences, then the body. */
export function postSource(
  frontMatter: FrontMatter,
  body = "Some words.\n",
  fence = "---",
): string {
  return `${fence}\n${toYaml(frontMatter)}\n---\n${body}`;
}

/**
 * Writes `posts/<fileName>` (`.mdx` unless the name has an extension), drops the cached index and
 * returns the file's text.
 */
export function writePost(
  dir: string,
  fileName: string,
  frontMatter: FrontMatter,
  body?: string,
  fence?: string,
): string {
  const name = path.extname(fileName) ? fileName : `${fileName}.mdx`;
  const source = postSource(frontMatter, body, fence);
  replaceFile(path.join(dir, "posts", name), source);
  invalidateContentIndex();
  return source;
}

/** Writes `authors/<id>.md` and drops the cached index. */
export function writeAuthor(dir: string, id: string, frontMatter: FrontMatter, body = ""): void {
  replaceFile(path.join(dir, "authors", `${id}.md`), postSource(frontMatter, body));
  invalidateContentIndex();
}

/** Parses a post from text without touching the disk, as the loader would for `posts/<slug>.mdx`. */
export function parseSource(frontMatter: FrontMatter, body?: string, slug = "x"): Post {
  const source = postSource(frontMatter, body);
  return parsePost({ slug, file: `posts/${slug}.mdx`, format: "mdx", source });
}

/** The message parsing a post throws, or "" when it parses. */
export function parseError(frontMatter: FrontMatter, body?: string, slug = "x"): string {
  try {
    parseSource(frontMatter, body, slug);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

/** `count` words of filler prose. */
export function words(count: number): string {
  const vocabulary = ["mentors", "review", "code", "with", "care", "and", "patience", "daily"];
  return Array.from({ length: count }, (_, i) => vocabulary[i % vocabulary.length]).join(" ");
}

/** The 1-based line of the first line of `source` that contains `text`. */
export function lineOf(source: string, text: string): number {
  return source.split("\n").findIndex((line) => line.includes(text)) + 1;
}
