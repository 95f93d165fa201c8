import fs from "node:fs";
import { readTagMeta, resolveTagRedirect, tagMetaFile, type TagMeta } from "@/lib/content/tag-meta";

/** `/tags/<slug>`, its older pages and its feed: the addresses a renamed or merged tag keeps. */
const TAG_PATH = /^\/tags\/([^/]+)(\/page\/[1-9]\d{0,5}|\/feed\.xml)?\/?$/;

let cached: { key: string; meta: TagMeta } | undefined;

/** tags.yml, read again only when it changes (proxy.ts asks on every tag page request). */
function tagMeta(): TagMeta | undefined {
  try {
    const stat = fs.lstatSync(/*turbopackIgnore: true*/ tagMetaFile(), { throwIfNoEntry: false });
    const key = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : "none";
    if (cached?.key !== key) cached = { key, meta: readTagMeta() };
    return cached.meta;
  } catch {
    return undefined; // an unreadable tags.yml: the page itself reports it
  }
}

/**
 * Where the old address of a renamed or merged tag now lives, or undefined. Answered in proxy.ts,
 * before Next renders: a redirect thrown while rendering an ISR page goes out with its `Location`
 * header twice on a cache miss (Next 16.4 sets it while rendering and again from the cache entry).
 */
export function tagRedirectFor(pathname: string): string | undefined {
  const match = TAG_PATH.exec(pathname);
  if (!match) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  const meta = tagMeta();
  // A slug still defined in tags.yml is a live tag, whatever an old redirect says.
  if (!meta || meta.tags[slug]) return undefined;
  const target = resolveTagRedirect(meta, slug);
  return target ? `/tags/${encodeURIComponent(target)}${match[2] ?? ""}` : undefined;
}
