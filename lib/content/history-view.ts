import "server-only";
import { fileHeads, filesAt } from "@/lib/history/git";
import { entryName, type EntryName, type VersionFacts } from "./history-entry";
import { parsePost } from "./parse-post";
import type { PostRevision } from "./post-history";
import { FRONT_MATTER_LIMITS } from "./split-front-matter";
import { postStatus } from "./status";
import { versionChanges, type VersionChanges } from "./version-changes";

/** A post's history as its page shows it: each change named, the shown one's changes read. */

export type HistoryEntry = PostRevision & { name: EntryName; who: string };

/** postRevisions' default page (post-history.ts). */
const HISTORY_PAGE = 100;
const HEAD_BYTES = FRONT_MATTER_LIMITS.bytes + 4 * 1024;
const slugOf = (path: string) => /^posts\/([a-z0-9-]+)\.mdx?$/.exec(path)?.[1] ?? "";

/** Each version's title and status when it was made: its front matter is enough. */
async function factsOf(list: PostRevision[]): Promise<(VersionFacts | undefined)[]> {
  const heads = await fileHeads(
    list.map((r) => `${r.commit}:${r.path}`),
    HEAD_BYTES,
  );
  return heads.map((found, i) => {
    const { path, date } = list[i]!;
    if (!found) return undefined;
    try {
      const slug = slugOf(path);
      const format = path.endsWith(".md") ? "md" : "mdx";
      const post = parsePost({ slug, file: path, format, source: found.head });
      return { title: post.title, slug, status: postStatus(post, new Date(date)) };
    } catch {
      return { title: "", slug: slugOf(path), status: undefined };
    }
  });
}

/** The list newest first; each entry compares with the one after it (its previous version). */
export async function historyEntries(
  list: PostRevision[],
  nameOf: (revision: { author: string; email: string }) => string,
): Promise<HistoryEntry[]> {
  const facts = await factsOf(list);
  // A list cut at its limit does not reach the post's first version: its oldest entry is an
  // edit of a version not shown, never "Created".
  const cut = list.length >= HISTORY_PAGE;
  return list.map((revision, i) => {
    const who = nameOf(revision);
    const before = facts[i + 1] ?? (cut && i === list.length - 1 ? facts[i] : undefined);
    const name = entryName({ note: revision.message, who, before, after: facts[i] });
    return { ...revision, who, name };
  });
}

/** What `shown` changed since `before` (its previous version; none for the first). */
export async function changesOf(
  shown: PostRevision,
  before: PostRevision | undefined,
  authorName: (id: string) => string,
): Promise<VersionChanges> {
  const specs = [
    `${shown.commit}:${shown.path}`,
    ...(before ? [`${before.commit}:${before.path}`] : []),
  ];
  const [now, old] = await filesAt(specs);
  return versionChanges(
    before && old !== undefined ? { source: old, at: new Date(before.date) } : undefined,
    { source: now ?? "", at: new Date(shown.date) },
    { authorName },
  );
}
