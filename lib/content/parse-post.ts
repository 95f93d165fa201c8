import fs from "node:fs";
import path from "node:path";
import { ContentError } from "./content-error";
import { splitFrontMatter } from "./split-front-matter";
import { describeFrontMatterIssue, frontMatterSchema, withoutCollectionTags } from "./front-matter";
import { mediaDir } from "@/lib/data/paths";
import { isSitePath } from "@/lib/mdx/safe-url";
import { publicDir } from "@/lib/data/content-paths";
import { toPlainText } from "./plain-text";
import { readingMinutes } from "./reading-time";
import { normaliseTags } from "./tags";
import type { Post, PostFormat } from "./types";

export { toPlainText };

export type RawFile = {
  slug: string;
  file: string;
  format: PostFormat;
  source: string;
  modifiedAt?: Date;
};

/**
 * Splits front matter from body, naming the file and line of invalid YAML. YAML only (read with the
 * core schema, which keeps dates as text for the schema to check), within the limits of
 * split-front-matter.ts: any other `---<word>` engine is refused, never run.
 */
export function readFrontMatter(raw: RawFile): { data: Record<string, unknown>; body: string } {
  return splitFrontMatter(raw.source, raw.file);
}

export function parsePost(raw: RawFile): Post {
  const { data, body } = readFrontMatter(raw);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(raw.file, describeFrontMatterIssue(result.error));
  const fm = result.data;
  const text = toPlainText(body);
  const authorName = fm.author ?? "";
  return {
    id: fm.id,
    slug: raw.slug,
    file: raw.file,
    format: raw.format,
    title: fm.title,
    description: fm.description,
    date: fm.date,
    updated: fm.updated,
    reviewed: fm.reviewed,
    testedWith: fm.tested_with,
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
  if (!src || !isSitePath(src)) return undefined; // lib/mdx/safe-url: the one same-site check
  // The shape of a stored upload's name (MEDIA_NAME in lib/media/names.ts, a layer above this one).
  const media = /^\/media\/([a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|jpg|webp|gif|avif))$/.exec(src)?.[1];
  // lstat: the media route serves regular files only, so a link there would be a broken image.
  if (media)
    return fs
      .lstatSync(/*turbopackIgnore: true*/ path.join(mediaDir(), media), { throwIfNoEntry: false })
      ?.isFile()
      ? { src, alt }
      : undefined;
  const root = publicDir();
  let pathname: string;
  try {
    pathname = decodeURI(src.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  const file = path.resolve(root, "." + pathname);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(/*turbopackIgnore: true*/ file))
    return undefined;
  return { src, alt };
}
