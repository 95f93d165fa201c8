/** Words a reader gets through in a minute, as most blogs (and the `reading-time` package) assume. */
const WORDS_PER_MINUTE = 200;

/** Han, kana and Hangul are read character by character: each counts as a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whole minutes to read plain text (at least one). A word count over already-collapsed text: the
 * `reading-time` package walked each character through function calls and was most of the cost of
 * reading 1,000 posts.
 */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, " ").trim();
  const words = rest ? rest.split(/\s+/).length : 0;
  return Math.max(1, Math.round((words + cjk) / WORDS_PER_MINUTE));
}
