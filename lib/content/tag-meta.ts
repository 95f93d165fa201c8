import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { ContentError } from "./content-error";
import { contentRoot } from "@/lib/data/content-paths";

/**
 * `content/tags.yml`: what the posts' front matter cannot say about a tag — its description, its
 * display name, and where renamed or merged tags now live (old slug → new slug).
 */
const tagMetaSchema = z.object({
  tags: z
    .record(
      z.string(),
      z.object({ name: z.string().optional(), description: z.string().optional() }),
    )
    .default({}),
  redirects: z.record(z.string(), z.string()).default({}),
});

export type TagMeta = z.infer<typeof tagMetaSchema>;

export const tagMetaFile = () => path.join(contentRoot(), "tags.yml");

export function readTagMeta(): TagMeta {
  let text: string;
  const stat = fs.lstatSync(/*turbopackIgnore: true*/ tagMetaFile(), { throwIfNoEntry: false });
  if (!stat) return { tags: {}, redirects: {} };
  // Like posts, a link is never followed: it could point at any file the server can read.
  if (!stat.isFile())
    throw new ContentError("tags.yml", "is not a regular file (symbolic links are refused)");
  try {
    text = fs.readFileSync(/*turbopackIgnore: true*/ tagMetaFile(), "utf8");
  } catch {
    return { tags: {}, redirects: {} };
  }
  return parseTagMeta(text);
}

/** Reads the text of a `tags.yml` (from disk or an imported archive); a ContentError says why not. */
export function parseTagMeta(text: string, file = "tags.yml"): TagMeta {
  try {
    const result = tagMetaSchema.safeParse(YAML.parse(text, { schema: "core" }) ?? {});
    if (result.success) return result.data;
    throw new Error(result.error.issues[0]?.message ?? "invalid");
  } catch (error) {
    throw new ContentError(
      file,
      `invalid tag settings: ${(error as Error).message.split("\n")[0]}`,
    );
  }
}

export const serializeTagMeta = (meta: TagMeta) => YAML.stringify(meta, { lineWidth: 0 });

/** Follows renames (a → b → c) to the tag's current slug; stops on loops. */
export function resolveTagRedirect(meta: TagMeta, slug: string): string | undefined {
  let current = meta.redirects[slug];
  const seen = new Set([slug]);
  while (current && meta.redirects[current]) {
    // A loop (only possible in a hand-edited file) redirects nowhere rather than forever.
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = meta.redirects[current];
  }
  return current === slug ? undefined : current;
}
