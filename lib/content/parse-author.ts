import { z } from "zod";
import { isSitePath } from "@/lib/mdx/safe-url";
import { ContentError } from "./content-error";
import { describeFrontMatterIssue } from "./front-matter";
import { readFrontMatter, toPlainText, type RawFile } from "./parse-post";
import type { Author } from "./types";

const linkUrl = z.url({ protocol: /^(https?|mailto)$/, error: "must be an http(s) or mailto URL" });
const linkSchema = z.object({ label: z.string().trim().min(1), url: linkUrl });

const authorSchema = z.looseObject({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty"),
  bio: z.string().trim().nullish(),
  avatar: z.string().trim().nullish(),
  /** Either a list of `{ label, url }` or a map of label to URL. */
  links: z
    .union([z.array(linkSchema), z.record(z.string(), linkUrl)])
    .nullish()
    .transform((links) =>
      Array.isArray(links)
        ? links
        : Object.entries(links ?? {}).map(([label, url]) => ({ label, url })),
    ),
});

export function parseAuthor(raw: RawFile): Author {
  const { data, body } = readFrontMatter(raw);
  const result = authorSchema.safeParse(data);
  if (!result.success) throw new ContentError(raw.file, describeFrontMatterIssue(result.error));
  const { name, bio, avatar, links } = result.data;
  return {
    id: raw.slug,
    name,
    bio: bio || toPlainText(body) || undefined,
    // Avatars are site files only: nothing is fetched from another host.
    avatar: avatar && isSitePath(avatar) ? avatar : undefined,
    links,
    hasProfile: true,
  };
}
