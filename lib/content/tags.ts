import { slug as githubSlug } from "github-slugger";

export type Tag = { slug: string; name: string };

/**
 * One tag, however it is written: `Machine Learning`, `machine-learning` and ` machine  learning `
 * all become `machine-learning`.
 */
export function tagSlug(name: string): string {
  const spelled = name.trim().replace(/\+/g, " plus").replace(/#/g, " sharp");
  return githubSlug(spelled.replace(/[\s_]+/g, "-"))
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Picks the label shown for a tag across posts: the most used spelling, preferring one written for
 * people (`Machine Learning`) over a slug-shaped one (`machine-learning`) on a tie.
 */
export function chooseTagName(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const score = (s: string) => (counts.get(s) ?? 0) * 2 + (s === tagSlug(s) ? 0 : 1);
  return [...counts.keys()].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0] ?? "";
}

/** Normalises a post's tags, dropping empties and duplicates that differ only in spelling. */
export function normaliseTags(names: string[]): Tag[] {
  const seen = new Map<string, Tag>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    const slug = tagSlug(name);
    if (slug && !seen.has(slug)) seen.set(slug, { slug, name });
  }
  return [...seen.values()];
}
