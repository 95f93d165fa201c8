import { z } from "zod";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { ContentError } from "@/lib/content/content-error";
import { parseAuthor } from "@/lib/content/parse-author";
import { parsePost } from "@/lib/content/parse-post";
import { parseTagMeta, type TagMeta } from "@/lib/content/tag-meta";
import { parseRedirects, type Redirects } from "@/lib/content/redirects";
import { parsePage } from "@/lib/content/pages";
import { parseSettings } from "@/lib/site-settings";
import { checkImage, sniffImageType } from "@/lib/media/sniff";
import { findMdxProblem, onlyBlocksPublishing } from "@/lib/mdx/validate-mdx";
import { reviewNotesFileSchema, type ReviewRecord } from "@/lib/publishing/review-notes";
import { backupAccountsSchema, type BackupAccount } from "./format";
import { BackupError, type ArchiveFile } from "./read-archive";

/** Every file of an archive, checked by the same rules the blog applies to its own files. */
export type CheckedBackup = {
  posts: { name: string; slug: string; format: "mdx" | "md"; bytes: Uint8Array }[];
  authors: { name: string; slug: string; bytes: Uint8Array }[];
  tags?: { bytes: Uint8Array; meta: TagMeta };
  redirects?: { bytes: Uint8Array; redirects: Redirects };
  settings?: { bytes: Uint8Array };
  pages: { name: string; slug: string; bytes: Uint8Array }[];
  media: { name: string; bytes: Uint8Array }[];
  accounts: BackupAccount[];
  /**
   * Review records of the archive's own posts, by post id. Records of posts the archive does not
   * hold are left out (counted in `reviewsLeftOut`): a post id must never pick up notes that were
   * written about another post.
   */
  reviews: Map<string, ReviewRecord>;
  reviewsLeftOut: number;
  /** Drafts imported with a writing mistake, as the editor saves them: the import reports them. */
  draftsToFix: { name: string; title: string; line?: number }[];
};

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function text(file: ArchiveFile): string {
  try {
    return decoder.decode(file.bytes);
  } catch {
    throw new BackupError(`${file.name}: is not UTF-8 text.`);
  }
}

/** Runs a content parser, turning its error (which names the file) into a refusal. */
function parsed<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ContentError) throw new BackupError(error.message);
    throw error;
  }
}

function firstIssue(name: string, error: z.ZodError): BackupError {
  const issue = error.issues[0]!;
  const message = issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
  return new BackupError(`${name}: ${issue.path.join(".") || "file"}: ${message}`);
}

export async function checkBackup(files: ArchiveFile[]): Promise<CheckedBackup> {
  const out: CheckedBackup = {
    posts: [],
    authors: [],
    pages: [],
    media: [],
    accounts: [],
    reviews: new Map(),
    reviewsLeftOut: 0,
    draftsToFix: [],
  };
  const postIds = new Set<string>();
  let reviews: Record<string, ReviewRecord> = {};
  for (const file of files) {
    const { path, name, bytes } = file;
    if (path.kind === "post") {
      const twin = out.posts.find((post) => post.slug === path.slug);
      if (twin) throw new BackupError(`${name}: another file (${twin.name}) has the same slug.`);
      const source = text(file);
      const post = parsed(() =>
        parsePost({ slug: path.slug, file: name, format: path.format, source }),
      );
      const problem = await findMdxProblem(post.body, path.format, MDX_COMPONENT_NAMES);
      // The editor's rule (lib/content/write.ts): a plain draft, never shown to readers, keeps its
      // text despite a writing mistake; anything else that does not compile refuses the archive.
      if (problem && onlyBlocksPublishing(problem) && post.draft && !post.review) {
        out.draftsToFix.push({ name, title: post.title, line: problem.line });
      } else if (problem) {
        const line = problem.line === undefined ? "" : `:${problem.line + post.bodyLineOffset}`;
        throw new BackupError(`${name}${line}: MDX error: ${problem.message}`);
      }
      out.posts.push({ name, slug: path.slug, format: path.format, bytes });
      if (post.id) postIds.add(post.id);
    } else if (path.kind === "author") {
      const source = text(file);
      parsed(() => parseAuthor({ slug: path.slug, file: name, format: "md", source }));
      out.authors.push({ name, slug: path.slug, bytes });
    } else if (path.kind === "tags") {
      const source = text(file);
      out.tags = { bytes, meta: parsed(() => parseTagMeta(source, name)) };
    } else if (path.kind === "redirects") {
      const source = text(file);
      out.redirects = { bytes, redirects: parsed(() => parseRedirects(source, name)) };
    } else if (path.kind === "settings") {
      // The same reader as the site's: a file the site would ignore is refused here.
      const result = parseSettings(text(file));
      if (!result.ok)
        throw new BackupError(
          `${name}${result.line === undefined ? "" : `:${result.line}`}: ${result.message}.`,
        );
      out.settings = { bytes };
    } else if (path.kind === "page") {
      const page = parsed(() => parsePage(path.slug, text(file)));
      const problem = await findMdxProblem(page.body, "mdx", MDX_COMPONENT_NAMES);
      if (problem) {
        const line = problem.line === undefined ? "" : `:${problem.line + page.bodyLineOffset}`;
        throw new BackupError(`${name}${line}: MDX error: ${problem.message}`);
      }
      out.pages.push({ name, slug: path.slug, bytes });
    } else if (path.kind === "media") {
      const expected = path.name.split(".")[1]!;
      if (sniffImageType(bytes) !== expected) {
        throw new BackupError(
          `${name}: is not a ${expected.toUpperCase()} image, whatever its name says.`,
        );
      }
      try {
        checkImage(bytes);
      } catch (error) {
        throw new BackupError(`${name}: ${(error as Error).message}`);
      }
      out.media.push({ name: path.name, bytes });
    } else if (path.kind === "reviews") {
      reviews = checkReviews(file);
    } else {
      out.accounts = checkAccounts(file);
    }
  }
  for (const [postId, record] of Object.entries(reviews)) {
    if (postIds.has(postId)) out.reviews.set(postId, record);
    else out.reviewsLeftOut++;
  }
  return out;
}

function readJson(file: ArchiveFile): unknown {
  try {
    return JSON.parse(text(file));
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file.name}: is not valid JSON.`);
  }
}

function checkReviews(file: ArchiveFile): Record<string, ReviewRecord> {
  const result = reviewNotesFileSchema.safeParse(readJson(file));
  if (!result.success) throw firstIssue(file.name, result.error);
  return result.data.posts;
}

function checkAccounts(file: ArchiveFile): BackupAccount[] {
  const result = backupAccountsSchema.safeParse(readJson(file));
  if (!result.success) throw firstIssue(file.name, result.error);
  const accounts = result.data.accounts;
  for (const key of ["id", "email", "authorId"] as const) {
    const values = accounts.map((account) => account[key]);
    const twice = values.find((value, index) => values.indexOf(value) !== index);
    if (twice) throw new BackupError(`${file.name}: two accounts share the ${key} ${twice}.`);
  }
  return accounts;
}
