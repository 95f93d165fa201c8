import "server-only";
import fs from "node:fs/promises";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { createWriteQueue, removeFile, writeFileAtomic } from "@/lib/data/atomic-write";
import { recordSafely, type Who } from "@/lib/history/git";
import { findMdxProblem, onlyBlocksPublishing, type MdxProblem } from "@/lib/mdx/validate-mdx";
import { ContentConflict, ContentError, ContentWriteError } from "./content-error";
import { getContentIndex, invalidateContentIndex, resolveByline } from "./load";
import { parsePost } from "./parse-post";
import { existingFile, readPostFile, serializePost, versionOf } from "./post-file";
import { addIdToSource, newPostId, postIdOf } from "./post-id";
import { fileForSlug, postsDir } from "@/lib/data/content-paths";
import { isValidSlug } from "@/lib/data/slug";
import { unpublishedProblem } from "./save-limits";
import { claimAddress, forgetPost, movePost, updateRedirects } from "./redirects";
import { postStatus } from "./status";
import type { Post, PostFormat } from "./types";

const enqueue = createWriteQueue("content");

export type WritePostInput = {
  slug: string;
  /** The slug the edit started from, when renaming; absent for a new post. */
  previousSlug?: string;
  /** The version the edit started from; absent for a new post. */
  expectedVersion?: string;
  /**
   * The id of the post the mentor's rights were checked on: the file being edited must still
   * carry it when it is written, overwrite or not. Absent for a new post or a file without id.
   */
  expectedId?: string;
  data: Record<string, unknown>;
  body: string;
  /** When set, a conflicting newer version is replaced on purpose. */
  overwrite?: boolean;
  /** Who made the change and why, for the history. */
  change?: { who: Who; message: string };
  /** The saving mentor's author id: a refusal over their own limits then says "you". */
  actorAuthorId?: string;
};

/** Why a save was refused because the post it started from is not there any more. */
export const POST_GONE = "This post no longer exists: it may have been deleted.";
export const POST_REPLACED =
  "This post was moved or deleted, and another post now uses its address. Nothing was saved: reload the page.";
/**
 * For mentors who may edit only their own posts, a post that does not exist and someone else's
 * post get this one answer, so saving cannot be used to find out which addresses exist.
 */
export const POST_UNAVAILABLE = "This post no longer exists, or you cannot edit it.";

/** The post the edit started from is gone (deleted, or renamed away). Nothing was written. */
export class PostGone extends ContentWriteError {
  constructor() {
    super(POST_GONE);
  }
}

/** Another post (another id) now sits where the edited post was. Nothing was written. */
export class PostReplaced extends ContentWriteError {
  constructor() {
    super(POST_REPLACED);
  }
}

/**
 * Validates and writes a post: the file must parse, its MDX must compile-check, its slug must be
 * free, and the file on disk must be the post and version the edit started from. Returns the
 * parsed post.
 *
 * The costly checks (the MDX check can take a second or two) run before the site-wide write
 * queue, so one mentor's heavy save never holds up another's. They depend only on the text being
 * saved and the id of the file it replaces; in the queue only cheap re-checks run: the file is
 * still the one checked (same id and format), its version, and the slug being free.
 */
export async function writePost(
  input: WritePostInput,
): Promise<{ post: Post; version: string; warning?: string }> {
  if (!isValidSlug(input.slug))
    throw new ContentWriteError(
      "The address may use lowercase letters, digits and single hyphens.",
    );
  const previous = input.previousSlug ?? (input.expectedVersion ? input.slug : undefined);
  const checked = previous ? await readPostFile(previous) : undefined;
  if (previous && !checked) throw new PostGone();
  const checkedId = checked ? postIdOf(checked.source) : undefined;
  if (checked && input.expectedId !== undefined && checkedId !== input.expectedId)
    throw new PostReplaced();
  if (checked && checked.version !== input.expectedVersion && !input.overwrite) {
    throw new ContentConflict({ version: checked.version, source: checked.source });
  }
  const format = checked?.format ?? "mdx";
  // The id is the post's identity: kept from the file being edited (a rename keeps it too), new
  // on a first save, and never taken from the input, so no form can move a post's history.
  const id = checkedId && checkedId !== "invalid" ? checkedId : newPostId();
  const source = serializePost({ ...input.data, id }, input.body);
  const file = `posts/${input.slug}.${format}`;
  const post = parsePost({ slug: input.slug, file, format, source });
  // The byline as the content index resolves it, so it is counted with the author's other posts.
  const index = getContentIndex();
  const authorId = resolveByline(post.author.name, index.authors).id;
  const overLimit = unpublishedProblem(index.posts, {
    authorId,
    replaces: previous,
    unpublished: postStatus(post) !== "published",
    size: post.body.length,
    self: input.actorAuthorId === undefined || input.actorAuthorId === authorId,
  });
  if (overLimit) throw new ContentWriteError(overLimit);
  // Strict: what an author writes now and the renderer would drop is refused, with its reason.
  const problem = await findMdxProblem(post.body, format, MDX_COMPONENT_NAMES, { strict: true });
  // A writing mistake (a stray {) does not cost a draft its text: a plain draft, never shown to
  // readers, is saved with it as a warning. Submitting, scheduling and publishing stay refused,
  // as is any limit or unsafe content, in drafts too (docs/SECURITY.md).
  const draftOnly = problem && onlyBlocksPublishing(problem) && post.draft && !post.review;
  if (problem && !draftOnly) throw new ContentError(file, problem.message, problem.line);
  return enqueue(async () => {
    const current = previous ? await readPostFile(previous) : undefined;
    if (previous && !current) throw new PostGone();
    // Checked in the queue: the post renamed or deleted meanwhile, and another put in its place,
    // is never overwritten by a save the mentor's rights were checked for on the first.
    if (current && postIdOf(current.source) !== checkedId) throw new PostReplaced();
    if (current && current.format !== format) {
      throw new ContentWriteError(
        "This post is now stored in another format. Reload the page before saving.",
      );
    }
    if (current && current.version !== input.expectedVersion && !input.overwrite) {
      throw new ContentConflict({ version: current.version, source: current.source });
    }
    if ((!current || previous !== input.slug) && (await existingFile(input.slug))) {
      throw new ContentWriteError(`Another post already uses the address "${input.slug}".`);
    }
    await writeFileAtomic(fileForSlug(postsDir(), input.slug, `.${format}`), source);
    const touched = [`posts/${input.slug}.${format}`];
    const moved = current && previous !== input.slug;
    if (moved) {
      await removeFile(fileForSlug(postsDir(), current.slug, `.${current.format}`));
      touched.push(`posts/${current.slug}.${current.format}`);
    }
    // Links to a post readers could see keep working after a rename (redirects.ts); a post
    // saved at an old address takes it over.
    const wasPublic = moved && wasPublished(current);
    touched.push(
      ...(await updateRedirects(
        (redirects) =>
          wasPublic
            ? movePost(redirects, id, current.slug, input.slug)
            : claimAddress(redirects, input.slug),
        writeFileAtomic,
      )),
    );
    invalidateContentIndex();
    await recordSafely(touched, input.change?.message ?? `Save ${input.slug}`, input.change?.who);
    return { post, version: versionOf(source), warning: problem && warningOf(problem) };
  });
}

/** True when readers could see this file's post (published, and its time has come). */
function wasPublished(file: { slug: string; format: PostFormat; source: string }): boolean {
  try {
    const post = parsePost({ ...file, file: `posts/${file.slug}.${file.format}` });
    return postStatus(post) === "published";
  } catch {
    return false; // front matter no reader page could show
  }
}

/** A draft's writing mistake as the editor shows it: "Line 12: a { starts…". */
const warningOf = (problem: MdxProblem) =>
  `${problem.line ? `Line ${problem.line}: ` : ""}${problem.message}`;

/** Deletes a post if it is still the version the mentor saw. History keeps it restorable. */
export function deletePostFile(slug: string, expectedVersion: string, who?: Who): Promise<void> {
  return enqueue(async () => {
    const current = await readPostFile(slug);
    if (!current) throw new ContentWriteError("This post no longer exists.");
    if (current.version !== expectedVersion)
      throw new ContentConflict({ version: current.version, source: current.source });
    await removeFile(fileForSlug(postsDir(), slug, `.${current.format}`));
    const id = postIdOf(current.source);
    const touched = [`posts/${slug}.${current.format}`];
    if (id && id !== "invalid")
      touched.push(...(await updateRedirects((r) => forgetPost(r, id), writeFileAtomic)));
    invalidateContentIndex();
    await recordSafely(touched, `Delete ${slug}`, who);
  });
}

/** Rewrites the front matter of many posts (tag rename, merge, delete), one atomic file at a time. */
export function rewritePosts(
  change: (data: Record<string, unknown>) => boolean,
  record?: { who: Who; message: string },
): Promise<number> {
  return enqueue(async () => {
    // Only the files rewritten here are recorded: any other change under posts/ is not this mentor's.
    const rewritten: string[] = [];
    const names = await fs
      .readdir(/*turbopackIgnore: true*/ postsDir())
      .catch(() => [] as string[]);
    for (const name of names) {
      const match = /^([a-z0-9-]+)\.(mdx|md)$/.exec(name);
      if (!match || !isValidSlug(match[1]!)) continue;
      // Links and other non-regular files are never edited (and never stop a rename half-way).
      const file = await readPostFile(match[1]!).catch((error) => {
        if (error instanceof ContentWriteError) return undefined;
        throw error;
      });
      if (!file || Object.keys(file.data).length === 0) continue;
      const data = structuredClone(file.data);
      if (!change(data)) continue;
      await writeFileAtomic(
        fileForSlug(postsDir(), file.slug, `.${file.format}`),
        serializePost(data, file.body),
      );
      rewritten.push(`posts/${file.slug}.${file.format}`);
    }
    invalidateContentIndex();
    if (rewritten.length)
      await recordSafely(rewritten, record?.message ?? "Rewrite posts", record?.who);
    return rewritten.length;
  });
}

/**
 * Puts back a post's text from history (an older version, or a deleted post), after the same checks
 * as any save. Restoring over an existing post needs the version the mentor saw.
 */
export function restorePostSource(input: {
  slug: string;
  format: PostFormat;
  source: string;
  expectedVersion?: string;
  change: { who: Who; message: string };
}): Promise<{ version: string }> {
  return enqueue(async () => {
    const current = await readPostFile(input.slug);
    const restoredId = postIdOf(input.source);
    if (restoredId === "invalid") throw new ContentWriteError(RESTORE_REFUSED.unreadable);
    // Checked in the queue, so a post created at this address meanwhile is seen.
    const currentId = current ? postIdOf(current.source) : undefined;
    if (current && restoredId !== undefined && restoredId !== currentId) {
      throw new ContentWriteError(
        input.expectedVersion === undefined
          ? RESTORE_REFUSED.taken(input.slug)
          : RESTORE_REFUSED.otherPost,
      );
    }
    if (!current && restoredId && (await idInUse(restoredId)))
      throw new ContentWriteError(RESTORE_REFUSED.notDeleted);
    if (current && current.version !== input.expectedVersion) {
      throw new ContentConflict({ version: current.version, source: current.source });
    }
    if (current && current.format !== input.format)
      throw new ContentWriteError("This post is now stored in another format.");
    // An old version from before the post had an id keeps the id the post has now.
    const source =
      current && currentId && currentId !== "invalid" && restoredId === undefined
        ? (addIdToSource(input.source, currentId) ?? input.source)
        : input.source;
    const file = `posts/${input.slug}.${input.format}`;
    const post = parsePost({ slug: input.slug, file, format: input.format, source });
    const problem = await findMdxProblem(post.body, input.format, MDX_COMPONENT_NAMES);
    // As at save: a draft comes back with its writing mistakes; a public version never does.
    if (problem && !(onlyBlocksPublishing(problem) && post.draft && !post.review))
      throw new ContentError(file, problem.message, problem.line);
    await writeFileAtomic(fileForSlug(postsDir(), input.slug, `.${input.format}`), source);
    invalidateContentIndex();
    await recordSafely([file], input.change.message, input.change.who);
    return { version: versionOf(source) };
  });
}

/** Why a restore was refused, in the mentor's words. */
export const RESTORE_REFUSED = {
  unreadable:
    "That version cannot be restored: its details at the top of the file (title, date, tags) cannot be read.",
  otherPost:
    "That version belongs to another post that used this address before, so it cannot be restored here.",
  taken: (slug: string) =>
    `Another post now uses the address "${slug}". Rename or delete that post first, then restore this one.`,
  notDeleted: "This post was not deleted: it is still on the blog under another address.",
};

/** True when a post file on disk (any slug) carries this id. */
async function idInUse(id: string): Promise<boolean> {
  const names = await fs.readdir(/*turbopackIgnore: true*/ postsDir()).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^([a-z0-9-]+)\.(mdx|md)$/.exec(name);
    if (!match || !isValidSlug(match[1]!)) continue;
    const file = await readPostFile(match[1]!).catch(() => undefined);
    if (file && postIdOf(file.source) === id) return true;
  }
  return false;
}

/**
 * Gives a post that has none its permanent id (first line of its front matter, the rest of the
 * file untouched) as one history commit, and returns the id. A post that has one keeps it. For
 * helpers that key something to a post (share links) before the post was ever saved here.
 */
export function ensurePostId(slug: string, who?: Who): Promise<string> {
  return enqueue(async () => {
    const current = await readPostFile(slug);
    if (!current)
      throw new ContentWriteError("This post no longer exists: it may have been deleted.");
    const existing = postIdOf(current.source);
    if (existing && existing !== "invalid") return existing;
    const id = newPostId();
    const source = existing === undefined ? addIdToSource(current.source, id) : undefined;
    if (!source)
      throw new ContentWriteError(
        "This post's details at the top of the file (title, date, tags) need fixing before it can be shared. Ask an editor.",
      );
    const file = `posts/${slug}.${current.format}`;
    parsePost({ slug, file, format: current.format, source });
    await writeFileAtomic(fileForSlug(postsDir(), slug, `.${current.format}`), source);
    invalidateContentIndex();
    await recordSafely([file], `Give ${slug} a permanent id`, who);
    return id;
  });
}
