import { createHash } from "node:crypto";
import { processGlobal } from "@/lib/data/process-global";
import type { Heading } from "./rehype-collect-headings";

export type Compiled = { code: string; headings: Heading[] };

/** Compiled code kept, in characters: about 1.5 KB per page element, so hundreds of long posts. */
const MAX_CACHED_CHARS = 32_000_000;

const cache = processGlobal("mdx-compiled", () => ({
  entries: new Map<string, Compiled>(),
  size: 0,
}));

export const compiledKey = (source: string, format: string) =>
  createHash("sha256").update(`${format}\0${source}`).digest("base64");

/**
 * Compiling is the costly part of a render (about 70 µs per element, on the main thread); running
 * the compiled code is a tenth of that. Pages rendered per request (drafts, shared previews, the
 * editor's preview of an unchanged body) compile a body once, then reuse it.
 */
export function cachedCompile(key: string): Compiled | undefined {
  const hit = cache.entries.get(key);
  if (hit) {
    // Most recently used last: a Map keeps insertion order.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
  }
  return hit;
}

export function storeCompiled(key: string, compiled: Compiled): void {
  if (compiled.code.length > MAX_CACHED_CHARS / 4 || cache.entries.has(key)) return;
  cache.entries.set(key, compiled);
  cache.size += compiled.code.length;
  for (const [oldKey, old] of cache.entries) {
    if (cache.size <= MAX_CACHED_CHARS) break;
    cache.entries.delete(oldKey);
    cache.size -= old.code.length;
  }
}
