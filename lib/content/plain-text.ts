/**
 * Markdown and MDX reduced to the words a reader sees, for search, snippets, reading time and
 * author bios. Approximate on purpose: a full parse of every post just to search it would double
 * the build's work. Every pattern here stays linear on hostile input (each class stops at the next
 * opener, repeats are bounded, and the block scans below use indexOf): with `[^>]*`, 60,000
 * unclosed "<a " took seconds, as did "![" or "```" repeated.
 */
export function toPlainText(markdown: string): string {
  const blocks = dropBetween(dropBetween(markdown, "<!--", "-->"), "$$", "$$");
  const lines = blocks
    .replace(/```[^\n`]*\n([\s\S]*?)```/g, " $1 ")
    .split("\n")
    .filter((line) => !isRuleOrTableDivider(line))
    .join("\n");
  return (
    lines
      .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
      // Footnote markers, in the text ("ones[^1]") and before their note ("[^1]: For …").
      .replace(/\[\^[^\]\s[]{1,64}\]:?/g, " ")
      // Reference definitions ("[docs]: https://…") are addresses, not words.
      .replace(/^ {0,3}\[[^\]\n[]{1,200}\]:[^\n]*$/gm, " ")
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, " $1 ")
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, " $1 ")
      .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, " $1 ")
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
      .replace(/^\s*\[[ xX]\]\s+/gm, "")
      // Inline maths keeps its letters: "$\hat{y}_i$" reads "y i".
      .replace(/\$([^$\n]{1,500})\$/g, (_, maths: string) =>
        maths.replace(/\\[A-Za-z]+|[{}^]/g, " "),
      )
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? " ")
      .replace(/[*_~`|$\\]+/g, " ")
      .replace(/\s+/g, " ")
      // What was removed before a full stop or comma leaves no gap ("ones[^1]." reads "ones.").
      .replace(/ ([.,;:!?)])/g, "$1")
      .trim()
  );
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/** `---`, `***`, `| --- | :-: |`: lines that draw, not say. */
function isRuleOrTableDivider(line: string): boolean {
  return /^[ \t|:*_-]+$/.test(line) && /-{3,}|\*{3,}|_{3,}/.test(line);
}

/** Removes every `open … close` span (an unclosed opener alone goes); one pass, linear. */
function dropBetween(text: string, open: string, close: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return out + text.slice(from);
    out += text.slice(from, start) + " ";
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return out + text.slice(start + open.length);
    from = end + close.length;
  }
}
