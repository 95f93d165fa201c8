import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { readAccounts, updateAccounts } from "@/lib/accounts/store";
import type { Account } from "@/lib/accounts/types";
import { ContentError } from "@/lib/content/content-error";
import { invalidateContentIndex } from "@/lib/content/load";
import { authorsDir, contentRoot, fileForSlug, pagesDir, postsDir } from "@/lib/data/content-paths";
import { forgetSiteSettings, settingsFile } from "@/lib/site-config";
import { readTagMeta, serializeTagMeta, tagMetaFile, type TagMeta } from "@/lib/content/tag-meta";
import {
  readRedirects,
  redirectsFile,
  serializeRedirects,
  type Redirects,
} from "@/lib/content/redirects";
import { createWriteQueue, removeFile, writeFileAtomic } from "@/lib/data/atomic-write";
import { mediaDir } from "@/lib/data/paths";
import { ensureHistory, recordSafely, type Who } from "@/lib/history/git";
import { mergeReviews } from "@/lib/publishing/review-notes";
import type { BackupAccount } from "./format";
import { withPostIds } from "./post-ids";
import { BackupError, readArchive } from "./read-archive";
import { checkBackup, type CheckedBackup } from "./validate";
import { pluralise } from "@/lib/format";

export { BackupError } from "./read-archive";

type Kind =
  | "posts"
  | "authors"
  | "pages"
  | "media"
  | "tags"
  | "redirects"
  | "settings"
  | "reviews"
  | "accounts";
export type ImportCounts = Record<Kind, number>;
export type ImportSummary = {
  added: ImportCounts;
  skipped: ImportCounts;
  replaced: ImportCounts;
  notes: string[];
};

/** One file to write: where, what, and what it replaces. */
type Write = {
  kind: Kind;
  file: string;
  history?: string;
  bytes: Uint8Array | string;
  remove?: string;
  replaces: boolean;
};

const zero = (): ImportCounts => ({
  posts: 0,
  authors: 0,
  pages: 0,
  media: 0,
  tags: 0,
  redirects: 0,
  settings: 0,
  reviews: 0,
  accounts: 0,
});

/** The same content queue as every post save (write.ts): an import never interleaves with one. */
const enqueue = createWriteQueue("content");

async function regularFile(file: string): Promise<Buffer | undefined | "not-a-file"> {
  const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
  if (!stat) return undefined;
  if (!stat.isFile()) return "not-a-file";
  return fs.readFile(/*turbopackIgnore: true*/ file);
}

const same = (a: Buffer | undefined | "not-a-file", b: Uint8Array) =>
  Buffer.isBuffer(a) && a.equals(b);

/**
 * Merge policy, by name: a file whose name is new is added; one that exists with the same bytes
 * is skipped; one that exists with other bytes is a conflict, which refuses the whole import unless
 * `replace` is set. `content/tags.yml` merges entry by entry under the same rule.
 */
async function plan(
  backup: CheckedBackup,
  replace: boolean,
  summary: ImportSummary,
): Promise<Write[]> {
  const writes: Write[] = [];
  const conflicts: string[] = [];
  const consider = async (
    kind: Kind,
    name: string,
    file: string,
    bytes: Uint8Array,
    others: string[] = [],
  ) => {
    const current = await regularFile(file);
    const other = (
      await Promise.all(others.map(async (o) => ((await regularFile(o)) ? o : undefined)))
    ).find(Boolean);
    if (same(current, bytes) && !other) return void summary.skipped[kind]++;
    if ((current || other) && !replace) return void conflicts.push(name);
    const history = kind === "media" ? undefined : path.relative(contentRoot(), file);
    writes.push({ kind, file, history, bytes, remove: other, replaces: Boolean(current || other) });
  };
  const otherFormat = (post: { format: string }) => (post.format === "mdx" ? "md" : "mdx");
  const localFiles = (post: CheckedBackup["posts"][number]) =>
    [post.format, otherFormat(post)].map((f) => fileForSlug(postsDir(), post.slug, `.${f}`));
  // Posts without an id get one here, so imported posts have one like saved posts (post-ids.ts).
  const withIds = await withPostIds(backup.posts, localFiles);
  for (const post of backup.posts) {
    const [file, other] = localFiles(post);
    await consider("posts", post.name, file!, withIds.get(post.slug)!, [other!]);
  }
  for (const author of backup.authors)
    await consider(
      "authors",
      author.name,
      fileForSlug(authorsDir(), author.slug, ".md"),
      author.bytes,
    );
  for (const page of backup.pages)
    await consider("pages", page.name, fileForSlug(pagesDir(), page.slug, ".mdx"), page.bytes);
  // The settings are one file: the same rule as any file (new, same, or a conflict).
  if (backup.settings)
    await consider("settings", "content/site.yml", settingsFile(), backup.settings.bytes);
  for (const media of backup.media)
    await consider("media", `media/${media.name}`, path.join(mediaDir(), media.name), media.bytes);
  if (backup.tags) {
    const merged = await mergeTags(backup.tags, replace, conflicts);
    if (merged === "same") summary.skipped.tags++;
    else if (merged)
      writes.push({ kind: "tags", file: tagMetaFile(), history: "tags.yml", ...merged });
  }
  if (backup.redirects) {
    const merged = await mergeRedirects(backup.redirects, replace, conflicts);
    if (merged === "same") summary.skipped.redirects++;
    else if (merged)
      writes.push({
        kind: "redirects",
        file: redirectsFile(),
        history: "redirects.yml",
        ...merged,
      });
  }
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 10).join(", ");
    const more = conflicts.length > 10 ? ` and ${conflicts.length - 10} more` : "";
    throw new BackupError(
      `Nothing was imported: ${pluralise(conflicts.length, "file")} already exist${conflicts.length === 1 ? "s" : ""} with different content (${shown}${more}). Tick "Replace existing files" to overwrite them.`,
    );
  }
  return writes;
}

/** Tag settings merge per tag and per redirect; a missing or invalid local file takes the archive's as is. */
async function mergeTags(
  incoming: NonNullable<CheckedBackup["tags"]>,
  replace: boolean,
  conflicts: string[],
): Promise<{ bytes: Uint8Array | string; replaces: boolean } | "same" | undefined> {
  const current = await regularFile(tagMetaFile());
  if (current === undefined) return { bytes: incoming.bytes, replaces: false };
  if (same(current, incoming.bytes)) return "same";
  let local: TagMeta;
  try {
    local = readTagMeta();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (!replace) conflicts.push("content/tags.yml");
    return { bytes: incoming.bytes, replaces: true };
  }
  let changed = false;
  let replaced = false;
  for (const section of ["tags", "redirects"] as const) {
    for (const [key, value] of Object.entries(incoming.meta[section])) {
      const existing = (local[section] as Record<string, unknown>)[key];
      if (isDeepStrictEqual(existing, value)) continue;
      if (existing !== undefined && !replace)
        conflicts.push(`content/tags.yml (${section === "tags" ? "tag" : "redirect"} "${key}")`);
      (local[section] as Record<string, unknown>)[key] = value;
      changed = true;
      replaced ||= existing !== undefined;
    }
  }
  return changed ? { bytes: serializeTagMeta(local), replaces: replaced } : "same";
}

/** Old addresses merge one by one, like tag settings; an unreadable local file takes the archive's. */
async function mergeRedirects(
  incoming: NonNullable<CheckedBackup["redirects"]>,
  replace: boolean,
  conflicts: string[],
): Promise<{ bytes: Uint8Array | string; replaces: boolean } | "same" | undefined> {
  const current = await regularFile(redirectsFile());
  if (current === undefined) return { bytes: incoming.bytes, replaces: false };
  if (same(current, incoming.bytes)) return "same";
  let local: Redirects;
  try {
    local = readRedirects();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (!replace) conflicts.push("content/redirects.yml");
    return { bytes: incoming.bytes, replaces: true };
  }
  const posts = { ...local.posts };
  let changed = false;
  let replaced = false;
  for (const [from, entry] of Object.entries(incoming.redirects.posts)) {
    const existing = posts[from];
    if (isDeepStrictEqual(existing, entry)) continue;
    if (existing !== undefined && !replace)
      conflicts.push(`content/redirects.yml (old address "${from}")`);
    posts[from] = entry;
    changed = true;
    replaced ||= existing !== undefined;
  }
  return changed ? { bytes: serializeRedirects({ posts }), replaces: replaced } : "same";
}

/**
 * Accounts from the archive that this blog lacks, without passwords: the owner sends each a
 * reset link from the Accounts page. Existing accounts (same email or id) are never touched; an
 * account whose author id another account already writes under is skipped, as it would share its
 * posts; a second owner becomes an administrator.
 */
function addAccounts(
  accounts: Account[],
  incoming: BackupAccount[],
  summary: ImportSummary,
): Account[] {
  const hasOwner = accounts.some((a) => a.role === "owner");
  for (const account of incoming) {
    const existing = accounts.find((a) => a.email === account.email || a.id === account.id);
    if (existing) {
      summary.skipped.accounts++;
      continue;
    }
    if (accounts.some((a) => a.authorId === account.authorId)) {
      summary.skipped.accounts++;
      summary.notes.push(
        `${account.email} was not added: another account already writes as "${account.authorId}".`,
      );
      continue;
    }
    const role = account.role === "owner" && hasOwner ? "admin" : account.role;
    if (role !== account.role)
      summary.notes.push(`${account.email} was the owner there and is an administrator here.`);
    accounts.push({ ...account, role, passwordHash: "", sessions: [] });
    summary.added.accounts++;
  }
  return accounts;
}

/**
 * Imports a backup archive. Every file is checked before anything is written; a refusal throws a
 * BackupError naming the file, and then nothing has changed. Content changes are one history
 * commit by `who`. Callers refresh the reader pages afterwards.
 */
export async function importBackup(
  archive: Uint8Array,
  options: { replace: boolean; who: Who },
): Promise<ImportSummary> {
  const { files } = readArchive(archive);
  const backup = await checkBackup(files);
  return enqueue(async () => {
    const summary: ImportSummary = { added: zero(), skipped: zero(), replaced: zero(), notes: [] };
    const writes = await plan(backup, options.replace, summary);
    const toFix = draftsToFix(backup.draftsToFix);
    if (toFix) summary.notes.push(toFix);
    // Start the history before writing, so a first import is its own commit by `who` rather than
    // part of "History starts here". A history failure never blocks the import itself.
    if (writes.some((w) => w.history))
      await ensureHistory().catch((error) => console.error("[history]", error));
    for (const write of writes) {
      await writeFileAtomic(write.file, Buffer.from(write.bytes));
      if (write.remove) await removeFile(write.remove);
      summary[write.replaces ? "replaced" : "added"][write.kind]++;
    }
    const known = new Set((await readAccounts()).flatMap((a) => [a.email, a.id]));
    if (backup.accounts.some((a) => !known.has(a.email) && !known.has(a.id))) {
      await updateAccounts((accounts) => ({
        accounts: addAccounts(accounts, backup.accounts, summary),
        result: undefined,
      }));
    } else {
      summary.skipped.accounts += backup.accounts.length;
    }
    // Review notes live in the data folder, never in the content history; they merge note by note.
    if (backup.reviews.size > 0) {
      const reviews = await mergeReviews(backup.reviews);
      summary.added.reviews += reviews.added;
      summary.skipped.reviews += reviews.skipped;
    }
    const history = writes.flatMap((w) => (w.history ? [w.history] : []));
    if (history.length > 0) {
      invalidateContentIndex();
      forgetSiteSettings();
      // A replaced post may have changed format: its folder is recorded so the removal is too.
      const paths =
        writes.some((w) => w.remove) || history.length > 200 ? folders(history) : history;
      // The history's readers are not the review's: it never says whose posts had notes.
      const content = {
        ...summary,
        added: { ...summary.added, reviews: 0 },
        skipped: { ...summary.skipped, reviews: 0 },
      };
      await recordSafely(paths, describeImport(content, "Import backup"), options.who);
    }
    return summary;
  });
}

/** "2 drafts have writing mistakes to fix: “A” (line 3), “B” (line 12)." The lines are the editor's. */
export function draftsToFix(drafts: CheckedBackup["draftsToFix"]): string | undefined {
  if (drafts.length === 0) return undefined;
  const named = drafts
    .slice(0, 10)
    .map((draft) => `“${draft.title}”${draft.line === undefined ? "" : ` (line ${draft.line})`}`);
  if (drafts.length > 10) named.push(`and ${drafts.length - 10} more`);
  const what =
    drafts.length === 1
      ? "1 draft has a writing mistake"
      : `${drafts.length} drafts have writing mistakes`;
  return `${what} to fix: ${named.join(", ")}.`;
}

const folders = (files: string[]) => [...new Set(files.map((file) => file.split("/")[0]!))];

function list(counts: ImportCounts): string {
  const parts = [
    counts.posts && pluralise(counts.posts, "post"),
    counts.authors && pluralise(counts.authors, "author"),
    counts.pages && pluralise(counts.pages, "page"),
    counts.media && pluralise(counts.media, "image"),
    counts.tags && "tag settings",
    counts.redirects && "old addresses of moved posts",
    counts.settings && "site settings",
    counts.reviews && `review notes of ${pluralise(counts.reviews, "post")}`,
    counts.accounts && pluralise(counts.accounts, "account"),
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "nothing";
}

/** One sentence for the mentor (and the history): what was added, skipped and replaced. */
export function describeImport(summary: ImportSummary, prefix = "Imported"): string {
  const replaced = list(summary.replaced);
  const skipped = list(summary.skipped);
  return [
    `${prefix}: added ${list(summary.added)}`,
    replaced === "nothing" ? "" : `; replaced ${replaced}`,
    skipped === "nothing" ? "" : `; skipped (already here) ${skipped}`,
    ".",
    summary.notes.length ? ` ${summary.notes.join(" ")}` : "",
  ].join("");
}
