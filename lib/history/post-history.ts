import { parsePost } from "@/lib/content/parse-post";
import { postIdOf } from "@/lib/content/post-id";
import { filesAt, readHistory, type Revision } from "./git";

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

type Entry = Revision & { status: string };

const FORMAT = "%H%x1f%an%x1f%aI%x1f%ae%x1f%s";
const PAGE = 100;
/** A path's changes read at most, however long its log: the page must stay fast. */
const MAX_WALK = 2_000;

function parseEntries(out: string): Entry[] {
  return out
    .split("\x1e")
    .filter((block) => block.trim())
    .map((block) => {
      const [header = "", ...rest] = block.split("\n");
      const [commit = "", author = "", date = "", email = "", message = ""] = header.split("\x1f");
      const status = rest.find((line) => /^[A-Z]\t/.test(line))?.[0] ?? "M";
      return { commit, author, email, date, message, status };
    });
}

/** Changes to one path, newest first, from `from` (inclusive) back. */
async function pathLog(path: string, from: string | undefined, skip: number): Promise<Entry[]> {
  const out = await readHistory([
    "log",
    "--no-renames",
    `--max-count=${PAGE}`,
    `--skip=${skip}`,
    `--format=%x1e${FORMAT}`,
    "--name-status",
    ...(from ? [from] : []),
    "--",
    path,
  ]);
  return parseEntries(out);
}

/** Post files a commit added and deleted (no rename detection: a slug change is both). */
async function addsAndDeletes(commit: string): Promise<{ added: string[]; deleted: string[] }> {
  const out = await readHistory([
    "diff-tree",
    "--no-commit-id",
    "--no-renames",
    "-r",
    "--name-status",
    "--root",
    commit,
    "--",
    "posts",
  ]);
  const added: string[] = [];
  const deleted: string[] = [];
  for (const line of out.split("\n")) {
    const [status, path] = line.split("\t");
    if (!path) continue;
    if (status === "A") added.push(path);
    if (status === "D") deleted.push(path);
  }
  return { added, deleted };
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
  const { added, deleted } = await addsAndDeletes(commit);
  if (deleted.length === 0) return undefined;
  const texts = await filesAt(deleted.map((file) => `${commit}^:${file}`));
  const ids = texts.map((text) => (text === undefined ? "invalid" : postIdOf(text)));
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
    const texts = await filesAt(kept.map((entry) => `${entry.commit}:${path}`));
    let next: { path: string; from: string } | undefined;
    for (const entry of entries) {
      if (entry.status === "D") {
        deletedBetween = true;
        continue;
      }
      const text = texts[kept.indexOf(entry)];
      const id = text === undefined ? "invalid" : postIdOf(text);
      const own = id === undefined ? !deletedBetween : id === post.id;
      if (!own) {
        // Another post's version (or an unreadable one) at this path: nothing older without id is ours.
        deletedBetween = true;
        continue;
      }
      found.push({ ...entry, path });
      if (found.length >= limit) return found;
      if (entry.status === "A") {
        const before = await renamedFrom(entry.commit, path, id);
        if (before) {
          next = { path: before, from: `${entry.commit}^` };
          break;
        }
      }
    }
    walked += entries.length;
    if (next) {
      ({ path, from } = next);
      skip = 0;
    } else if (entries.length < PAGE || walked >= MAX_WALK) {
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
    `--max-count=${limit}`,
    `--format=%x1e${FORMAT}`,
    "--name-status",
    "--",
    "posts",
  ]);
  const deletions = out
    .split("\x1e")
    .filter((block) => block.trim())
    .flatMap((block) => {
      const [header = "", ...rest] = block.split("\n");
      const [commit = "", author = "", date = "", email = "", message = ""] = header.split("\x1f");
      const deletedBy = { commit, author, email, date, message };
      return rest.flatMap((line) => {
        const file = /^D\t(posts\/[a-z0-9-]+\.mdx?)$/.exec(line)?.[1];
        return file ? [{ file, deletedBy }] : [];
      });
    });
  const texts = await filesAt(deletions.map((d) => `${d.deletedBy.commit}^:${d.file}`));
  const renames = new Map<string, Awaited<ReturnType<typeof addsAndDeletes>>>();
  const seen = new Set<string>();
  const found: DeletedPost[] = [];
  for (const [i, deletion] of deletions.entries()) {
    const text = texts[i];
    const slug = slugOfPath(deletion.file);
    if (text === undefined || !slug) continue;
    const id = postIdOf(text);
    if (id === "invalid") continue;
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

function titleOf(source: string, slug: string): string {
  try {
    return parsePost({ slug, file: `posts/${slug}.mdx`, format: "mdx", source }).title;
  } catch {
    return slug;
  }
}
