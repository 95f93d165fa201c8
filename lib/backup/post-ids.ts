import "server-only";
import fs from "node:fs/promises";
import { getContentIndex } from "@/lib/content/load";
import { addIdToSource, newPostId, postIdOf } from "@/lib/content/post-id";
import { BackupError } from "./read-archive";
import type { CheckedBackup } from "./validate";

async function localId(file: string): Promise<string | undefined> {
  const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  const id = postIdOf(await fs.readFile(/*turbopackIgnore: true*/ file, "utf8"));
  return id === "invalid" ? undefined : id;
}

/**
 * Every imported post gets its permanent id: its own; else the id of the post it replaces here
 * (so importing the same backup twice changes nothing); else a new one, written as the first front
 * matter line. Refused before anything is written: two posts in the archive with one id, or an
 * archive post with the id of a post that this blog has at another address.
 */
export async function withPostIds(
  posts: CheckedBackup["posts"],
  localFiles: (post: CheckedBackup["posts"][number]) => string[],
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const owners = new Map<string, string>();
  const here = new Map(getContentIndex().posts.flatMap((p) => (p.id ? [[p.id, p.slug]] : [])));
  for (const post of posts) {
    const source = Buffer.from(post.bytes).toString("utf8");
    let id = postIdOf(source);
    let bytes = post.bytes;
    if (id === undefined) {
      let kept: string | undefined;
      for (const file of localFiles(post)) kept ??= await localId(file);
      id = kept ?? newPostId();
      const added = addIdToSource(source, id);
      if (added !== undefined) bytes = Buffer.from(added, "utf8");
    }
    if (id !== "invalid") {
      const twin = owners.get(id);
      if (twin) throw new BackupError(`${post.name}: has the same id as ${twin}.`);
      owners.set(id, post.name);
      const other = here.get(id);
      if (other && other !== post.slug)
        throw new BackupError(
          `${post.name}: has the same id as the post "${other}" on this blog. Nothing was imported.`,
        );
    }
    out.set(post.slug, bytes);
  }
  return out;
}
