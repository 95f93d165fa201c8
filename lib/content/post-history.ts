import { parsePost } from "@/lib/content/parse-post";
import { postIdOf } from "@/lib/content/post-id";
import { FRONT_MATTER_LIMITS } from "@/lib/content/split-front-matter";
import {
  fileHeads,
  filesAt,
  LOG_FORMAT,
  parseLog,
  readHistory,
  type Revision,
} from "@/lib/history/git";

/**
 * A post's history follows its id, not its address. A slug freed by a delete or a rename can be
 * taken by another post; the versions the earlier post left at that path are not the new post's
 * to see or restore.
 *
 * Walking one path's log newest first, a version belongs to the post when its file has the post's
 * id, or has no id (written before ids existed) with neither a deletion of the path nor another
 * post's version in between. Past those, only versions with the post's own id are taken (a post
 * deleted, its slug used by another, then restored: its older versions are still its own). A
 * rename (one commit deleting the old path and adding the new one) is followed to the old path.
 * Ids cannot be chosen in the admin (saves keep the file's id, restores check it), so a version
 * with the post's id is always the post's.
 */

export type PostRevision = Revision & { path: string };

/** A change to one path: its status letter (A, M, D) and the file's blob after it (not for D). */
type Entry = Revision & { status: string; blob?: string };

const PAGE = 100;
/**
 * A path's changes read at most, however long its log: the page must stay fast. Only other posts'
 * versions at a reused address make the walk go past the first page (the post's own versions fill
 * it), and each costs a read of that version.
 */
export const MAX_WALK = 500;

/** Enough of a version to read its front matter: the 16 KB limit, its fences and opener line. */
const HEAD_BYTES = FRONT_MATTER_LIMITS.bytes + 4 * 1024;

type IdOf = ReturnType<typeof postIdOf>;

/** Ids of versions by blob id: a blob never changes, so a version is read once per server. */
const idCache = new Map<string, IdOf>();
const ID_CACHE_SIZE = 20_000;

function remember(blob: string, id: IdOf): void {
  idCache.set(blob, id);
  if (idCache.size > ID_CACHE_SIZE) idCache.delete(idCache.keys().next().value!);
}

const isBlobId = (spec: string) => /^[0-9a-f]{40}$/.test(spec);

/**
 * The post id of each version (`<blob id>`, or `<commit>:<path>` when git gave no blob id), read
 * from the first few KB of each. A cut head with no id is read whole: its front matter may be longer
 * than the head (a file from before ids, so never one a mentor can write many of).
 */
async function idsOf(specs: string[]): Promise<IdOf[]> {
  const unread = [...new Set(specs.filter((spec) => !isBlobId(spec) || !idCache.has(spec)))];
  const heads = await fileHeads(unread, HEAD_BYTES);
  const read = new Map<string, IdOf>();
  const whole: string[] = [];
  heads.forEach((found, i) => {
    const id = found === undefined ? "invalid" : postIdOf(found.head);
    if (found?.cut && id === undefined) whole.push(unread[i]!);
    else read.set(unread[i]!, id);
  });
  const texts = await filesAt(whole);
  whole.forEach((spec, i) =>
    read.set(spec, texts[i] === undefined ? "invalid" : postIdOf(texts[i]!)),
  );
  for (const [spec, id] of read) if (isBlobId(spec)) remember(spec, id);
  return specs.map((spec) => (read.has(spec) ? read.get(spec) : idCache.get(spec)));
}

/** The raw diff lines of a log entry or diff-tree: status, path and the blobs before and after. */
function rawChanges(
  details: string,
): { status: string; path: string; before: string; after: string }[] {
  return [
    ...details.matchAll(/^:\d{6} \d{6} ([0-9a-f]{40}) ([0-9a-f]{40}) ([A-Z])\d*\t([^\t\n]+)$/gm),
  ].map(([, before = "", after = "", status = "", path = ""]) => ({ status, path, before, after }));
}

/** Changes to one path, newest first, from `from` (inclusive) back. */
async function pathLog(path: string, from: string | undefined, skip: number): Promise<Entry[]> {
  const out = await readHistory([
    "log",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    `--max-count=${PAGE}`,
    `--skip=${skip}`,
    `--format=${LOG_FORMAT}`,
    ...(from ? [from] : []),
    "--",
    path,
  ]);
  return parseLog(out).map(({ revision, details }) => {
    const change = rawChanges(details).find((c) => c.path === path);
    const status = change?.status ?? "M";
    return { ...revision, status, blob: status === "D" ? undefined : change?.after };
  });
}

/** Post files a commit added and deleted (no rename detection: a slug change is both). */
async function addsAndDeletes(
  commit: string,
): Promise<{ added: string[]; deleted: { path: string; blob: string }[] }> {
  const out = await readHistory([
    "diff-tree",
    "--no-commit-id",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    "-r",
    "--root",
    commit,
    "--",
    "posts",
  ]);
  const changes = rawChanges(out);
  return {
    added: changes.filter((c) => c.status === "A").map((c) => c.path),
    deleted: changes.filter((c) => c.status === "D").map((c) => ({ path: c.path, blob: c.before })),
  };
}

const slugOfPath = (path: string) => /^posts\/([a-z0-9-]+)\.mdx?$/.exec(path)?.[1];

/**
 * The path a post had before `commit` added it at `path`: the deleted file with the same id; for
 * files without id, the same slug in another format, or the one file deleted when the commit
 * deleted and added exactly one (a rename saved from the editor).
 */
async function renamedFrom(
  commit: string,
  path: string,
  id: string | undefined,
): Promise<string | undefined> {
  const { added, deleted: removed } = await addsAndDeletes(commit);
  if (removed.length === 0) return undefined;
  const ids = await idsOf(removed.map((file) => file.blob));
  const deleted = removed.map((file) => file.path);
  const sameId = id ? deleted.find((_, i) => ids[i] === id) : undefined;
  if (sameId) return sameId;
  const legacy = deleted.filter((_, i) => ids[i] === undefined);
  const sameSlug = legacy.find((file) => slugOfPath(file) === slugOfPath(path));
  if (sameSlug) return sameSlug;
  return added.length === 1 && deleted.length === 1 && legacy.length === 1 ? legacy[0] : undefined;
}

/**
 * The post's own versions, newest first, starting from its current file `path` and id (undefined
 * for a post that has none yet).
 */
export async function postRevisions(
  post: { path: string; id: string | undefined },
  limit = PAGE,
  /** Stop once this commit is found (a restore looks for one version). */
  until?: string,
): Promise<PostRevision[]> {
  const found: PostRevision[] = [];
  let path = post.path;
  let from: string | undefined;
  let skip = 0;
  let deletedBetween = false;
  let walked = 0;
  for (;;) {
    const entries = await pathLog(path, from, skip);
    if (entries.length === 0) return found;
    const kept = entries.filter((entry) => entry.status !== "D");
    const ids = await idsOf(kept.map((entry) => entry.blob ?? `${entry.commit}:${path}`));
    let next: { path: string; from: string } | undefined;
    for (const entry of entries) {
      if (entry.status === "D") {
        deletedBetween = true;
        continue;
      }
      const id = ids[kept.indexOf(entry)];
      const own = id === undefined ? !deletedBetween : id === post.id;
      if (!own) {
        // Another post's version (or an unreadable one) at this path: nothing older without id is ours.
        deletedBetween = true;
        continue;
      }
      const { commit, author, email, date, message } = entry;
      found.push({ commit, author, email, date, message, path });
      if (found.length >= limit || commit === until) return found;
      if (entry.status === "A") {
        const before = await renamedFrom(entry.commit, path, id);
        if (before) {
          next = { path: before, from: `${entry.commit}^` };
          break;
        }
      }
    }
    walked += entries.length;
    if (walked >= MAX_WALK) return found;
    if (next) {
      ({ path, from } = next);
      skip = 0;
    } else if (entries.length < PAGE) {
      return found;
    } else {
      skip += PAGE;
    }
  }
}

export type DeletedPost = {
  /** Undefined for a post deleted before it had an id. */
  id?: string;
  title: string;
  slug: string;
  format: "md" | "mdx";
  file: string;
  deletedBy: Revision;
  /** The last commit that still had the file: what "restore" reads. */
  lastCommit: string;
};

/**
 * Deleted posts, newest deletion first, one entry per post: a post's id when it has one, else its
 * file. Renames are not deletions, and posts on the blog now (`live`: their ids, and the paths of
 * files without id) are left out.
 */
export async function deletedPosts(
  live: { ids: Set<string>; legacyPaths: Set<string> },
  limit = 50,
): Promise<DeletedPost[]> {
  const out = await readHistory([
    "log",
    "--no-renames",
    "--diff-filter=D",
    "--raw",
    "--no-abbrev",
    `--max-count=${limit}`,
    `--format=${LOG_FORMAT}`,
    "--",
    "posts",
  ]);
  const deletions = parseLog(out).flatMap(({ revision: deletedBy, details }) =>
    rawChanges(details)
      .filter((c) => c.status === "D" && /^posts\/[a-z0-9-]+\.mdx?$/.test(c.path))
      .map((c) => ({ file: c.path, blob: c.before, deletedBy })),
  );
  // The title and id are in the front matter: the first few KB of each deleted file are enough,
  // read once here; idsOf then reads only the few whose head was cut before any id.
  const blobs = deletions.map((d) => d.blob);
  const heads = await fileHeads(blobs, HEAD_BYTES);
  heads.forEach((found, i) => {
    const id = found && postIdOf(found.head);
    if (found && (id !== undefined || !found.cut) && isBlobId(blobs[i]!)) remember(blobs[i]!, id);
  });
  const ids = await idsOf(blobs);
  const renames = new Map<string, Awaited<ReturnType<typeof addsAndDeletes>>>();
  const seen = new Set<string>();
  const found: DeletedPost[] = [];
  for (const [i, deletion] of deletions.entries()) {
    const text = heads[i]?.head;
    const slug = slugOfPath(deletion.file);
    const id = ids[i];
    if (text === undefined || !slug || id === "invalid") continue;
    const key = id ?? deletion.file;
    if (seen.has(key)) continue;
    seen.add(key);
    if (id ? live.ids.has(id) : live.legacyPaths.has(deletion.file)) continue;
    if (!id) {
      // A file without id renamed from the editor: one file deleted, one added, in one commit.
      const commit = deletion.deletedBy.commit;
      if (!renames.has(commit)) renames.set(commit, await addsAndDeletes(commit));
      const change = renames.get(commit)!;
      if (change.added.length === 1 && change.deleted.length === 1) continue;
      // The same post saved in the other format (a backup import).
      if (change.added.some((file) => slugOfPath(file) === slug)) continue;
    }
    found.push({
      id,
      title: titleOf(text, slug),
      slug,
      format: deletion.file.endsWith(".mdx") ? "mdx" : "md",
      file: deletion.file,
      deletedBy: deletion.deletedBy,
      lastCommit: `${deletion.deletedBy.commit}^`,
    });
  }
  return found;
}

/** A deleted post is listed by its title; one whose details do not read says so (never its slug). */
export const UNREADABLE_TITLE = "A post whose title cannot be read";

function titleOf(source: string, slug: string): string {
  try {
    return parsePost({ slug, file: `posts/${slug}.mdx`, format: "mdx", source }).title;
  } catch {
    return UNREADABLE_TITLE;
  }
}
