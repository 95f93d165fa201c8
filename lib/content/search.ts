import { siteConfig } from "@/lib/site-config";
import { getPublishedPosts, paginate } from "./queries";
import type { Post } from "./types";

export type SearchResult = { post: Post; snippet: string };

export const MAX_QUERY_LENGTH = 200;

type SearchDoc = { title: string; description: string; tags: string; text: string };

// Lower-cased copies are made once per post object, not once per query.
const docs = new WeakMap<Post, SearchDoc>();

function docFor(post: Post): SearchDoc {
  let doc = docs.get(post);
  if (!doc) {
    doc = {
      title: post.title.toLowerCase(),
      description: (post.description ?? "").toLowerCase(),
      tags: post.tags
        .map((tag) => `${tag.name} ${tag.slug}`)
        .join(" ")
        .toLowerCase(),
      text: post.text.toLowerCase(),
    };
    docs.set(post, doc);
  }
  return doc;
}

export function searchTerms(query: string): string[] {
  return [
    ...new Set(query.slice(0, MAX_QUERY_LENGTH).toLowerCase().split(/\s+/).filter(Boolean)),
  ].slice(0, 10);
}

/**
 * Every term must appear in the title, description, tags or body. Title hits rank first, then
 * tags, description and body; newer posts win ties.
 */
export function searchPosts(query: string, limit = 50): SearchResult[] {
  const terms = searchTerms(query);
  return rank(terms)
    .slice(0, limit)
    .map((post) => ({ post, snippet: snippetFor(post, terms) }));
}

/** One page of results (snippets are cut only for that page), or undefined past the last page. */
export function searchPage(query: string, page: number, size = siteConfig.postsPerPage) {
  const terms = searchTerms(query);
  const list = paginate(rank(terms), page, size);
  if (!list) return undefined;
  return { ...list, items: list.items.map((post) => ({ post, snippet: snippetFor(post, terms) })) };
}

function rank(terms: string[]): Post[] {
  if (terms.length === 0) return [];
  const scored: { post: Post; score: number }[] = [];
  for (const post of getPublishedPosts()) {
    const doc = docFor(post);
    let score = 0;
    for (const term of terms) {
      const weight =
        (doc.title.includes(term) ? 10 : 0) +
        (doc.tags.includes(term) ? 5 : 0) +
        (doc.description.includes(term) ? 3 : 0) +
        (doc.text.includes(term) ? 1 : 0);
      if (weight === 0) {
        score = 0;
        break;
      }
      score += weight;
    }
    if (score > 0) scored.push({ post, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.post.date.getTime() - a.post.date.getTime())
    .map(({ post }) => post);
}

/** About 160 characters of body around the first matching term, or the description. */
function snippetFor(post: Post, terms: string[]): string {
  const text = docFor(post).text;
  const at = Math.min(...terms.map((term) => text.indexOf(term)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return post.description ?? snippetAround(post.text, 0);
  return snippetAround(post.text, at);
}

const SNIPPET_LENGTH = 160;
/** How much text before the match a snippet shows, so the match reads in its sentence. */
const SNIPPET_LEAD = 60;

/**
 * About 160 characters of plain text around position `at`, cut between words, with "…" where text
 * was left out. `text` is already plain (plain-text.ts): no Markdown reaches a snippet.
 */
export function snippetAround(text: string, at: number): string {
  let start = Math.max(0, at - SNIPPET_LEAD);
  if (start > 0 && text[start - 1] !== " ") {
    const space = text.indexOf(" ", start);
    // Start after the word that was cut, unless that would skip past the match itself.
    if (space >= 0 && space < at) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && text[end] !== " ") {
    const space = text.lastIndexOf(" ", end);
    if (space > at) end = space;
  }
  const slice = text.slice(start, end).trim();
  return `${start > 0 ? "…" : ""}${slice}${end < text.length ? "…" : ""}`;
}
