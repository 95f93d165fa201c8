import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { readAccounts } from "@/lib/accounts/store";
import { publicFields, type Account } from "@/lib/accounts/types";
import { authorsDir, pagesDir, postsDir } from "@/lib/data/content-paths";
import { pageSlugProblem } from "@/lib/content/page-slugs";
import { settingsFile } from "@/lib/site-config";
import { isValidSlug } from "@/lib/data/slug";
import { tagMetaFile } from "@/lib/content/tag-meta";
import { redirectsFile } from "@/lib/content/redirects";
import { mediaDir } from "@/lib/data/paths";
import { MEDIA_NAME } from "@/lib/media/store";
import { readAllReviews } from "@/lib/publishing/review-notes";
import {
  APP_NAME,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupAccount,
  type Manifest,
} from "./format";

export type BackupCounts = {
  posts: number;
  authors: number;
  media: number;
  accounts: number;
  tags: number;
  /** content/redirects.yml: 1 when the blog has old addresses of moved posts. */
  redirects: number;
  pages: number;
  settings: number;
  /** Posts with review notes (or a submission time). */
  reviews: number;
};

/**
 * Reads the regular files of a folder whose names `accept` allows. Links, folders, dotfiles and
 * temporary files are never part of a backup (a link could point anywhere on the server).
 */
async function readFolder(
  dir: string,
  accept: (name: string) => boolean,
): Promise<[string, Buffer][]> {
  const entries = await fs
    .readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .catch(() => []);
  const out: [string, Buffer][] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile() || entry.name.startsWith(".") || !accept(entry.name)) continue;
    const bytes = await readRegularFile(path.join(dir, entry.name));
    if (bytes) out.push([entry.name, bytes]);
  }
  return out;
}

/** The bytes of a file if it is (still) a regular file, not a link. */
async function readRegularFile(file: string): Promise<Buffer | undefined> {
  const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  return fs.readFile(/*turbopackIgnore: true*/ file).catch(() => undefined);
}

const slugFile = (extensions: RegExp) => (name: string) => {
  const match = extensions.exec(name);
  return Boolean(match && isValidSlug(match[1]!));
};

/** Only what another blog needs to recreate the account; every secret is left behind. */
export const withoutSecrets = (account: Account): BackupAccount => publicFields(account);

/**
 * The whole blog as one zip: posts, author profiles, tag settings, pages, site settings, media,
 * review notes and accounts without secrets. Never the auth secret, the history repository or temporary files: those live elsewhere
 * in the data folder and are not read here at all.
 */
export async function createBackup(
  now = new Date(),
): Promise<{ bytes: Uint8Array; fileName: string; counts: BackupCounts }> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, bytes] of await readFolder(postsDir(), slugFile(/^(.+)\.(mdx|md)$/)))
    files[`content/posts/${name}`] = bytes;
  for (const [name, bytes] of await readFolder(authorsDir(), slugFile(/^(.+)\.md$/)))
    files[`content/authors/${name}`] = bytes;
  const tags = await readRegularFile(tagMetaFile());
  if (tags) files["content/tags.yml"] = tags;
  const redirects = await readRegularFile(redirectsFile());
  if (redirects) files["content/redirects.yml"] = redirects;
  const settings = await readRegularFile(settingsFile());
  if (settings) files["content/site.yml"] = settings;
  const pageName = (name: string) => name.endsWith(".mdx") && !pageSlugProblem(name.slice(0, -4));
  for (const [name, bytes] of await readFolder(pagesDir(), pageName))
    files[`content/pages/${name}`] = bytes;
  for (const [name, bytes] of await readFolder(mediaDir(), (name) => MEDIA_NAME.test(name)))
    files[`media/${name}`] = bytes;
  const accounts = (await readAccounts()).map(withoutSecrets);
  files["accounts.json"] = Buffer.from(JSON.stringify({ version: 1, accounts }, null, 2) + "\n");
  // The private conversation between mentors and editors: in the archive only the owner may
  // download, never in content/ or its history (lib/publishing/review-notes.ts).
  const reviews = await readAllReviews();
  if (Object.keys(reviews).length > 0)
    files["review-notes.json"] = Buffer.from(
      JSON.stringify({ version: 1, posts: reviews }, null, 2) + "\n",
    );

  const names = Object.keys(files);
  const counts: BackupCounts = {
    posts: names.filter((n) => n.startsWith("content/posts/")).length,
    authors: names.filter((n) => n.startsWith("content/authors/")).length,
    media: names.filter((n) => n.startsWith("media/")).length,
    accounts: accounts.length,
    tags: tags ? 1 : 0,
    redirects: redirects ? 1 : 0,
    pages: names.filter((n) => n.startsWith("content/pages/")).length,
    settings: settings ? 1 : 0,
    reviews: Object.keys(reviews).length,
  };
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: APP_NAME,
    createdAt: now.toISOString(),
    counts,
    files: Object.fromEntries(
      names.map((name) => [name, { bytes: files[name]!.length, sha256: sha256(files[name]!) }]),
    ),
  };
  const zippable: Zippable = {
    "manifest.json": Buffer.from(JSON.stringify(manifest, null, 2) + "\n"),
  };
  // Images are compressed already: storing them saves time and loses nothing.
  for (const name of names)
    zippable[name] = [files[name]!, { level: name.startsWith("media/") ? 0 : 6, mtime: now }];
  const bytes = zipSync(zippable, { mtime: now });
  return { bytes, fileName: `mentor-notes-backup-${now.toISOString().slice(0, 10)}.zip`, counts };
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
