import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { ContentError } from "./content-error";
import { contentRoot } from "@/lib/data/content-paths";

/**
 * `content/redirects.yml`: old addresses of posts, so links to them keep working. Each entry is
 * keyed by the old path and names the post by its id, the post's identity; `to` is the post's
 * current slug, kept up to date on every rename so the proxy can answer without the content index.
 *
 *   /blog/old-title:
 *     post: 0f3c…          # the post's id
 *     to: new-title        # where it lives now
 */
const entrySchema = z.strictObject({
  post: z.string().min(1).max(64),
  to: z.string().min(1).max(200),
});

/** An old address: a path of printable characters starting with `/`, at most 500 of them. */
export const OLD_PATH = /^\/[\x21-\x7e]{0,499}$/;

const redirectsSchema = z.strictObject({
  posts: z.record(z.string(), entrySchema).default({}),
});

export type Redirects = z.infer<typeof redirectsSchema>;

export const redirectsFile = () => path.join(contentRoot(), "redirects.yml");

export const emptyRedirects = (): Redirects => ({ posts: {} });

export function readRedirects(): Redirects {
  const stat = fs.lstatSync(/*turbopackIgnore: true*/ redirectsFile(), { throwIfNoEntry: false });
  if (!stat) return emptyRedirects();
  // Like posts, a link is never followed: it could point at any file the server can read.
  if (!stat.isFile())
    throw new ContentError("redirects.yml", "is not a regular file (symbolic links are refused)");
  return parseRedirects(fs.readFileSync(/*turbopackIgnore: true*/ redirectsFile(), "utf8"));
}

/** Reads the text of a `redirects.yml` (from disk or an imported archive). */
export function parseRedirects(text: string, file = "redirects.yml"): Redirects {
  try {
    const result = redirectsSchema.safeParse(YAML.parse(text, { schema: "core" }) ?? {});
    if (result.success) {
      const bad = Object.keys(result.data.posts).find((from) => !OLD_PATH.test(from));
      if (bad === undefined) return result.data;
      throw new Error(`posts → ${bad}: an old address must be a path starting with /`);
    }
    const issue = result.error.issues[0];
    throw new Error(`${issue?.path.join(" → ") || "file"}: ${issue?.message ?? "invalid"}`);
  } catch (error) {
    throw new ContentError(
      file,
      `invalid old addresses: ${(error as Error).message.split("\n")[0]}`,
    );
  }
}

export const serializeRedirects = (redirects: Redirects) =>
  YAML.stringify(redirects, { lineWidth: 0 });

export const postPath = (slug: string) => `/blog/${slug}`;

/**
 * A post moved from `fromSlug` to `toSlug`: its old address joins the others, and every older
 * address of the same post now leads straight to the new one (no chains). The new address is a
 * live post again, so any redirect away from it goes.
 */
export function movePost(
  redirects: Redirects,
  postId: string,
  fromSlug: string,
  toSlug: string,
): Redirects {
  const posts = { ...redirects.posts };
  for (const [from, entry] of Object.entries(posts))
    if (entry.post === postId) posts[from] = { post: postId, to: toSlug };
  if (fromSlug !== toSlug) posts[postPath(fromSlug)] = { post: postId, to: toSlug };
  delete posts[postPath(toSlug)];
  return { posts };
}

/** A post now lives at `slug`: an old address there leads elsewhere no longer. */
export function claimAddress(redirects: Redirects, slug: string): Redirects {
  if (!(postPath(slug) in redirects.posts)) return redirects;
  const posts = { ...redirects.posts };
  delete posts[postPath(slug)];
  return { posts };
}

/** A deleted post's old addresses go with it (they would lead to a missing page). */
export function forgetPost(redirects: Redirects, postId: string): Redirects {
  return {
    posts: Object.fromEntries(
      Object.entries(redirects.posts).filter(([, entry]) => entry.post !== postId),
    ),
  };
}

export function sameRedirects(a: Redirects, b: Redirects): boolean {
  return serializeRedirects(a) === serializeRedirects(b);
}

/**
 * Applies `change` to redirects.yml and writes it when something changed; returns the file's name
 * for the history commit, or nothing. A redirects.yml that cannot be read (edited by hand and
 * broken) is left as it is: the save goes on, and the content check names the file.
 */
export async function updateRedirects(
  change: (redirects: Redirects) => Redirects,
  write: (file: string, text: string) => Promise<void>,
): Promise<string[]> {
  let before: Redirects;
  try {
    before = readRedirects();
  } catch (error) {
    console.error(`redirects.yml not updated: ${(error as Error).message}`);
    return [];
  }
  const after = change(before);
  if (sameRedirects(before, after)) return [];
  await write(redirectsFile(), serializeRedirects(after));
  return ["redirects.yml"];
}
