/**
 * A post's identity is the `id` in its front matter: a random UUID written on first save or import
 * and never changed. Slugs, titles and names are labels that can change or be reused; ownership,
 * history and links follow the id.
 */
import { randomUUID } from "node:crypto";
import { POST_ID_PATTERN } from "./front-matter";
import { readFrontMatter } from "./parse-post";

export { POST_ID_PATTERN };

export const isPostId = (value: unknown): value is string =>
  typeof value === "string" && POST_ID_PATTERN.test(value);

export const newPostId = (): string => randomUUID();

/**
 * The id written in a file's front matter: the id, `undefined` when there is none, or "invalid"
 * when the front matter cannot be read or its id is malformed (such a version belongs to no post).
 */
export function postIdOf(source: string): string | undefined | "invalid" {
  const data = frontMatterOf(source);
  if (!data) return "invalid";
  const id = data.id;
  if (id === undefined || id === null) return undefined;
  return typeof id === "string" && isPostId(id.trim().toLowerCase())
    ? id.trim().toLowerCase()
    : "invalid";
}

/**
 * Adds `id: <uuid>` as the first front matter line, leaving every other byte as it was (an Eleventy
 * file keeps its formatting and comments). Undefined when the file does not start with a YAML
 * `---` fence or already names an id: those are left for the editor's first save.
 */
export function addIdToSource(source: string, id: string): string | undefined {
  const fence = /^(?:\uFEFF)?---[ \t]*(\r?\n)/.exec(source);
  if (!fence) return undefined;
  const data = frontMatterOf(source);
  if (!data || "id" in data) return undefined;
  const cut = fence[0].length;
  return `${source.slice(0, cut)}id: ${id}${fence[1]}${source.slice(cut)}`;
}

function frontMatterOf(source: string): Record<string, unknown> | undefined {
  try {
    return readFrontMatter({ slug: "x", file: "posts/x.mdx", format: "mdx", source }).data;
  } catch {
    return undefined;
  }
}
