import path from "node:path";
import { env } from "@/lib/env";
import { isValidSlug } from "./slug";

/** The content folder: `CONTENT_DIR` when set (tests, benchmarks), else `content/` in the project. */
export function contentRoot(): string {
  const fromEnv = env.contentDir();
  return fromEnv ? path.resolve(fromEnv) : path.join(process.cwd(), "content");
}

export function postsDir(): string {
  return path.join(contentRoot(), "posts");
}

export function authorsDir(): string {
  return path.join(contentRoot(), "authors");
}

/** The public folder, where post thumbnails written as `/assets/...` live. */
export function publicDir(): string {
  return path.join(process.cwd(), "public");
}

/**
 * Resolves a file for a validated slug and proves it stays inside its folder. Paths are never built
 * from anything else.
 */
export function fileForSlug(dir: string, slug: string, extension: string): string {
  if (!isValidSlug(slug)) throw new Error(`Invalid slug: ${JSON.stringify(slug)}`);
  const file = path.resolve(dir, `${slug}${extension}`);
  if (path.dirname(file) !== path.resolve(dir)) throw new Error("Path escapes its folder");
  return file;
}

/** Site pages (About, Resources): `content/pages/<slug>.mdx`, served at `/<slug>`. */
export function pagesDir(): string {
  return path.join(contentRoot(), "pages");
}
