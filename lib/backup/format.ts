import { z } from "zod";
import { accountFieldsSchema } from "@/lib/accounts/fields";
import { pageSlugProblem } from "@/lib/content/page-slugs";
import { isValidSlug } from "@/lib/data/slug";
import { MAX_UPLOAD_BYTES } from "@/lib/media/sniff";
import { MEDIA_NAME } from "@/lib/media/store";

/**
 * The backup archive: one `.zip` whose layout mirrors the two folders it comes from.
 *
 *   manifest.json                  what the archive holds, with a size and SHA-256 per file
 *   accounts.json                  accounts without secrets (no hashes, sessions or link tokens)
 *   review-notes.json              editors' review notes by post id, when there are any
 *   content/posts/<slug>.mdx|md
 *   content/authors/<id>.md
 *   content/tags.yml               when the blog has one
 *   content/redirects.yml          old addresses of moved posts, when there are any
 *   content/site.yml               the site settings, when an administrator saved them
 *   content/pages/<slug>.mdx       site pages (About, Resources)
 *   media/<24 hex>.<png|jpg|…>
 *
 * Everything else is refused on import, so an archive can never name a file outside these.
 */
export const BACKUP_FORMAT = "mentor-notes-backup";
export const BACKUP_VERSION = 1;
export const APP_NAME = "mentor-blog";

/** The upload itself, and the sum of every file's declared size once inflated. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
export const MAX_ENTRIES = 20_000;
/** Posts are at most 200,000 characters in the editor: 1 MB of text leaves room for any of them. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** The same ceiling as an upload from the Media page. */
export const MAX_MEDIA_BYTES = MAX_UPLOAD_BYTES;
export const MAX_INDEX_BYTES = 8 * 1024 * 1024;

/** Folder entries some zip tools add; they carry nothing and are ignored. */
export const FOLDER_ENTRIES = new Set([
  "content/",
  "content/posts/",
  "content/authors/",
  "content/pages/",
  "media/",
]);

export type ArchivePath =
  | { kind: "manifest" | "accounts" | "reviews" | "tags" | "redirects" | "settings" }
  | { kind: "page"; slug: string }
  | { kind: "post"; slug: string; format: "mdx" | "md" }
  | { kind: "author"; slug: string }
  | { kind: "media"; name: string };

/**
 * What a name in the archive stands for, or a reason it is refused. Names are matched whole, so a
 * name with `..`, a leading `/`, a backslash or a NUL can never reach the disk.
 */
export function classifyPath(name: string): ArchivePath | { error: string } {
  if (/[\0\\]/.test(name) || name.startsWith("/") || /^[a-zA-Z]:/.test(name)) {
    return { error: "is not a safe file name (absolute path, backslash or NUL)" };
  }
  if (name.split("/").some((part) => part === ".." || part === ".")) {
    return { error: "is not a safe file name (it climbs out of its folder)" };
  }
  if (name === "manifest.json") return { kind: "manifest" };
  if (name === "accounts.json") return { kind: "accounts" };
  if (name === "review-notes.json") return { kind: "reviews" };
  if (name === "content/tags.yml") return { kind: "tags" };
  if (name === "content/redirects.yml") return { kind: "redirects" };
  if (name === "content/site.yml") return { kind: "settings" };
  const page = /^content\/pages\/([^/]+)\.mdx$/.exec(name);
  if (page) {
    const problem = pageSlugProblem(page[1]!);
    return problem
      ? { error: `is not a usable page file name: ${problem}` }
      : { kind: "page", slug: page[1]! };
  }
  const post = /^content\/posts\/([^/]+)\.(mdx|md)$/.exec(name);
  if (post) {
    return isValidSlug(post[1]!)
      ? { kind: "post", slug: post[1]!, format: post[2] as "mdx" | "md" }
      : { error: "is not a valid post file name (a lowercase kebab-case slug, like my-post.mdx)" };
  }
  const author = /^content\/authors\/([^/]+)\.md$/.exec(name);
  if (author) {
    return isValidSlug(author[1]!)
      ? { kind: "author", slug: author[1]! }
      : {
          error:
            "is not a valid author file name (a lowercase kebab-case id, like ada-lovelace.md)",
        };
  }
  const media = /^media\/([^/]+)$/.exec(name);
  if (media) {
    return MEDIA_NAME.test(media[1]!)
      ? { kind: "media", name: media[1]! }
      : { error: "is not a valid media file name (24 hex digits and an image extension)" };
  }
  return { error: "is not a file a backup contains" };
}

/** The largest size a file of this kind may have, once inflated. */
export function sizeLimitOf(path: ArchivePath): number {
  if (path.kind === "media") return MAX_MEDIA_BYTES;
  if (path.kind === "manifest" || path.kind === "accounts" || path.kind === "reviews")
    return MAX_INDEX_BYTES;
  return MAX_TEXT_BYTES;
}

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: "is not a Mentor Notes backup" }),
  version: z.literal(BACKUP_VERSION, { error: `is not backup format version ${BACKUP_VERSION}` }),
  app: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  files: z.record(
    z.string(),
    z.strictObject({
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[a-f0-9]{64}$/),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * An account as a backup carries it: the same field rules as the Accounts page (lib/accounts/
 * fields.ts). Strict: an archive that holds a password hash, a session or a link token is refused
 * rather than quietly trusted.
 */
export const backupAccountSchema = accountFieldsSchema;
export type BackupAccount = z.infer<typeof backupAccountSchema>;

export const backupAccountsSchema = z.strictObject({
  version: z.literal(1),
  accounts: z.array(backupAccountSchema).max(10_000),
});
