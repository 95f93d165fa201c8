import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import { ContentError } from "./content-error";
import { describeFrontMatterIssue, frontMatterSchema, withoutCollectionTags } from "./front-matter";
import { mediaDir } from "@/lib/data/paths";
import { publicDir } from "./paths";
import { readingMinutes } from "./reading-time";
import { normaliseTags } from "./tags";
import type { Post, PostFormat } from "./types";

const refuseJavaScript = () => {
  throw new Error("JavaScript front matter (---js) is not allowed; use YAML");
};

/**
 * gray-matter would `eval` front matter fenced as `---js`/`---javascript`: content is untrusted, so
 * both engines refuse. YAML is read with the `yaml` package's core schema, which keeps dates as
 * text for the schema to check (js-yaml would turn 2024-02-30 into 1 March).
 */
export const GRAY_MATTER_OPTIONS = {
  engines: {
    yaml: (text: string) => (YAML.parse(text, { schema: "core", uniqueKeys: true }) ?? {}) as object,
    js: refuseJavaScript,
    javascript: refuseJavaScript,
  },
};

export type RawFile = { slug: string; file: string; format: PostFormat; source: string; modifiedAt?: Date };

/** Splits front matter from body, naming the file and line of invalid YAML. */
export function readFrontMatter(raw: RawFile): { data: Record<string, unknown>; body: string } {
  try {
    const parsed = matter(raw.source, GRAY_MATTER_OPTIONS);
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const reason = ((error as Error).message ?? String(error)).split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    // gray-matter hands YAML the text right after the opening `---`, so its line numbers are the file's.
    const line = typeof yamlLine === "number" ? yamlLine : undefined;
    throw new ContentError(raw.file, `invalid front matter: ${reason}`, line);
  }
}

export function parsePost(raw: RawFile): Post {
  const { data, body } = readFrontMatter(raw);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(raw.file, describeFrontMatterIssue(result.error));
  const fm = result.data;
  const text = toPlainText(body);
  const authorName = fm.author ?? "";
  return {
    slug: raw.slug,
    file: raw.file,
    format: raw.format,
    title: fm.title,
    description: fm.description,
    date: fm.date,
    updated: fm.updated,
    tags: normaliseTags(withoutCollectionTags(fm.tags)),
    author: { id: "", name: authorName },
    thumbnail: localImage(fm.thumbnail, fm.thumbnail_alt ?? fm.title),
    thumbnailSource: fm.thumbnail,
    metaTitle: fm.meta_title ?? fm.title,
    metaTitleIsCustom: fm.meta_title !== undefined,
    metaDescription: fm.meta_description ?? fm.description,
    canonical: fm.canonical,
    draft: fm.draft,
    modifiedAt: raw.modifiedAt ?? fm.updated ?? fm.date,
    review: fm.review,
    readingMinutes: readingMinutes(text),
    body,
    bodyLineOffset: raw.source.split("\n").length - body.split("\n").length,
    text,
  };
}

/**
 * A thumbnail is shown only when it is a file on this site, in `public/` or uploaded media: no
 * broken images, no other hosts.
 */
function localImage(src: string | undefined, alt: string): Post["thumbnail"] {
  if (!src || !src.startsWith("/") || src.startsWith("//")) return undefined;
  const media = /^\/media\/([a-f0-9]{24}\.(?:png|jpg|webp|gif|avif))$/.exec(src)?.[1];
  // lstat: the media route serves regular files only, so a link there would be a broken image.
  if (media) return fs.lstatSync(/*turbopackIgnore: true*/ path.join(mediaDir(), media), { throwIfNoEntry: false })?.isFile() ? { src, alt } : undefined;
  const root = publicDir();
  let pathname: string;
  try {
    pathname = decodeURI(src.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  const file = path.resolve(root, "." + pathname);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  return { src, alt };
}

/**
 * Markdown reduced to words for search and excerpts. Approximate on purpose: a full parse of every
 * post just to search it would double the build's work.
 */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, " $1 ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, " $1 ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, " $1 ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_~`|$\\]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
