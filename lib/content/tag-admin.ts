import "server-only";
import { writeFileAtomic } from "@/lib/data/atomic-write";
import { getAllTagsForAdmin } from "./queries";
import { readTagMeta, serializeTagMeta, tagMetaFile, type TagMeta } from "./tag-meta";
import { MAX_TAG_LENGTH, parseTagList } from "./tag-list";
import { tagSlug } from "./tags";
import { rewritePosts } from "./write";
import { ContentWriteError } from "./content-error";
import { invalidateContentIndex } from "./load";
import { recordSafely, type Who } from "@/lib/history/git";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/validations/names";

/** The tags listed in a post's front matter, read as everywhere else (tag-list.ts). */
const tagsOf = (data: Record<string, unknown>): string[] => parseTagList(data.tags);

/** Replaces (or with `to` undefined, removes) tag `from` in one post's front matter. */
function retag(data: Record<string, unknown>, from: string, to: string | undefined): boolean {
  const tags = tagsOf(data);
  if (!tags.some((tag) => tagSlug(tag) === from)) return false;
  const next: string[] = [];
  for (const tag of tags) {
    const name = tagSlug(tag) === from ? to : tag;
    if (name && !next.some((kept) => tagSlug(kept) === tagSlug(name))) next.push(name);
  }
  data.tags = next;
  return true;
}

async function saveMeta(
  change: (meta: TagMeta) => void,
  message: string,
  who?: Who,
): Promise<void> {
  const meta = readTagMeta();
  change(meta);
  await writeFileAtomic(tagMetaFile(), serializeTagMeta(meta));
  invalidateContentIndex();
  await recordSafely(["tags.yml"], message, who);
}

const exists = (slug: string) => getAllTagsForAdmin().some((tag) => tag.slug === slug);

function checkName(name: string): string {
  const slug = tagSlug(name);
  if (!slug || name.length > MAX_TAG_LENGTH)
    throw new ContentWriteError(
      `A tag name needs 1 to ${MAX_TAG_LENGTH} characters, with at least one letter or digit.`,
    );
  if (hasControlCharacters(name)) throw new ContentWriteError(CONTROL_CHARACTER_MESSAGE);
  return slug;
}

export async function createTag(name: string, description: string, who?: Who): Promise<string> {
  const slug = checkName(name);
  if (exists(slug)) throw new ContentWriteError(`The tag "${name}" already exists.`);
  await saveMeta(
    (meta) => {
      meta.tags[slug] = { name, ...(description ? { description } : {}) };
      delete meta.redirects[slug];
    },
    `Create tag ${name}`,
    who,
  );
  return slug;
}

export async function describeTag(slug: string, description: string, who?: Who): Promise<void> {
  if (!exists(slug)) throw new ContentWriteError("This tag no longer exists.");
  await saveMeta(
    (meta) => {
      meta.tags[slug] = { ...meta.tags[slug], description: description || undefined };
    },
    `Describe tag ${slug}`,
    who,
  );
}

/** Renames a tag in every post; its old URL redirects to the new one. */
export async function renameTag(
  from: string,
  name: string,
  who?: Who,
): Promise<{ slug: string; posts: number }> {
  const slug = checkName(name);
  if (!exists(from)) throw new ContentWriteError("This tag no longer exists.");
  if (slug !== from && exists(slug)) {
    throw new ContentWriteError(`A tag "${name}" already exists: merge the two tags instead.`);
  }
  const message = `Rename tag ${from} to ${name}`;
  const posts = await rewritePosts((data) => retag(data, from, name), who && { who, message });
  await saveMeta(
    (meta) => {
      const previous = meta.tags[from];
      delete meta.tags[from];
      meta.tags[slug] = { ...previous, name };
      if (slug !== from) redirect(meta, from, slug);
    },
    message,
    who,
  );
  return { slug, posts };
}

/** Moves every post from one tag to another; the old tag's URL redirects. */
export async function mergeTags(from: string, into: string, who?: Who): Promise<number> {
  if (from === into) throw new ContentWriteError("Choose two different tags to merge.");
  const target = getAllTagsForAdmin().find((tag) => tag.slug === into);
  if (!exists(from) || !target) throw new ContentWriteError("One of these tags no longer exists.");
  const message = `Merge tag ${from} into ${into}`;
  const posts = await rewritePosts(
    (data) => retag(data, from, target.name),
    who && { who, message },
  );
  await saveMeta(
    (meta) => {
      delete meta.tags[from];
      redirect(meta, from, into);
    },
    message,
    who,
  );
  return posts;
}

export async function deleteTag(slug: string, who?: Who): Promise<number> {
  if (!exists(slug)) throw new ContentWriteError("This tag no longer exists.");
  const message = `Delete tag ${slug}`;
  const posts = await rewritePosts((data) => retag(data, slug, undefined), who && { who, message });
  await saveMeta(
    (meta) => {
      delete meta.tags[slug];
      for (const [old, target] of Object.entries(meta.redirects))
        if (target === slug) delete meta.redirects[old];
    },
    message,
    who,
  );
  return posts;
}

function redirect(meta: TagMeta, from: string, to: string) {
  meta.redirects[from] = to;
  delete meta.redirects[to];
  // Earlier renames into `from` now lead straight to `to`.
  for (const [old, target] of Object.entries(meta.redirects))
    if (target === from) meta.redirects[old] = to;
}
