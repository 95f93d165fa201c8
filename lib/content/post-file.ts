import "server-only";
import fs from "node:fs/promises";
import YAML from "yaml";
import { fileForSlug, postsDir } from "@/lib/data/content-paths";
import { isValidSlug } from "@/lib/data/slug";
import { ContentWriteError } from "./content-error";
import { fieldOrder, type PostFields } from "./fields";
import { readFrontMatter } from "./parse-post";
import type { PostFormat } from "./types";
import { versionOf } from "./version";

/** A post's file as the editor reads it, and as every write serialises it. */

/** A post's version: a hash of its bytes (./version.ts, shared with pages). */
export { versionOf };

export type PostFile = {
  slug: string;
  format: PostFormat;
  source: string;
  version: string;
  data: Record<string, unknown>;
  body: string;
};

export async function existingFile(
  slug: string,
): Promise<{ file: string; format: PostFormat } | undefined> {
  for (const format of ["mdx", "md"] as const) {
    const file = fileForSlug(postsDir(), slug, `.${format}`);
    const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
    if (!stat) continue;
    if (!stat.isFile())
      throw new ContentWriteError(
        "This post's file is not a regular file and cannot be edited here.",
      );
    return { file, format };
  }
  return undefined;
}

/** Reads one post file for editing, whether or not its front matter is valid. */
export async function readPostFile(slug: string): Promise<PostFile | undefined> {
  if (!isValidSlug(slug)) return undefined;
  const found = await existingFile(slug);
  if (!found) return undefined;
  const source = await fs.readFile(/*turbopackIgnore: true*/ found.file, "utf8");
  let data: Record<string, unknown> = {};
  let body = source;
  try {
    ({ data, body } = readFrontMatter({
      slug,
      file: `posts/${slug}.${found.format}`,
      format: found.format,
      source,
    }));
  } catch {
    // Invalid front matter: the editor shows the raw text so it can be fixed.
  }
  return { slug, format: found.format, source, version: versionOf(source), data, body };
}

/** The registry's order (fields.ts): these first, then any other key where the file had it. */
const FIELD_ORDER = fieldOrder();

/**
 * Front matter written by a YAML serializer: any title, even one holding `---`, round-trips.
 * `fields` is the registry; tests pass a copy with a field added.
 */
export function serializePost(
  data: Record<string, unknown>,
  body: string,
  fields?: PostFields,
): string {
  const ordered: Record<string, unknown> = {};
  for (const key of [...(fields ? fieldOrder(fields) : FIELD_ORDER), ...Object.keys(data)]) {
    const value = data[key];
    if (value === undefined || value === null || value === "" || key in ordered) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value === false && (key === "draft" || key === "review")) continue;
    ordered[key] = value instanceof Date ? value.toISOString() : value;
  }
  const yaml = YAML.stringify(ordered, { lineWidth: 0 });
  return `---\n${yaml}---\n${body.endsWith("\n") ? body : `${body}\n`}`;
}
