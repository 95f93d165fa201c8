import "server-only";
import fs from "node:fs/promises";
import YAML from "yaml";
import { writeFileAtomic } from "@/lib/data/atomic-write";
import { recordSafely, type Who } from "@/lib/history/git";
import { invalidateContentIndex } from "./load";
import { parseAuthor } from "./parse-author";
import { authorsDir, fileForSlug } from "@/lib/data/content-paths";
import type { AuthorLink } from "./types";

export type AuthorProfileInput = {
  name: string;
  bio: string;
  avatar?: string;
  links: AuthorLink[];
};

function serialize(profile: AuthorProfileInput): string {
  const data: Record<string, unknown> = { name: profile.name };
  if (profile.avatar) data.avatar = profile.avatar;
  if (profile.links.length) data.links = profile.links;
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${profile.bio.trim()}\n`;
}

/** Writes `content/authors/<id>.md`, validated by the same schema that reads it. */
export async function writeAuthorProfile(
  id: string,
  profile: AuthorProfileInput,
  who?: Who,
): Promise<void> {
  const source = serialize(profile);
  parseAuthor({ slug: id, file: `authors/${id}.md`, format: "md", source });
  await writeFileAtomic(fileForSlug(authorsDir(), id, ".md"), source);
  invalidateContentIndex();
  await recordSafely([`authors/${id}.md`], `Update profile ${id}`, who);
}

/** Gives a new account a public profile, unless one already exists (e.g. written by hand). */
export async function ensureAuthorProfile(id: string, name: string): Promise<void> {
  const file = fileForSlug(authorsDir(), id, ".md");
  if (await fs.stat(/*turbopackIgnore: true*/ file).catch(() => undefined)) return;
  await writeAuthorProfile(id, { name, bio: "", links: [] });
}
