import type { Node, Parent } from "unist";
import { pluralise } from "@/lib/format";

/**
 * Limits on what one post body may cost to check and render. The Markdown parser's work grows with
 * the square of the nesting (5,000 `>` in 10 KB take seconds, then overflow the renderer's stack),
 * so nesting is bounded before anything parses, and again on the parsed tree.
 */

/** The longest body accepted (the editor form's limit, lib/content/post-form.ts, is the same). */
export const MAX_MDX_LENGTH = 200_000;
/** Deepest nesting of quotes, lists and elements: real posts stay under 10. */
export const MAX_NESTING = 50;
/**
 * A body whose compile takes more CPU time than this in the budget worker is refused: the page's
 * own render on the server's main thread would block it as long. CPU time, not wall time, so a
 * busy machine does not refuse a good post; a long post of ordinary Markdown needs a tenth of it.
 * See ./budget.ts.
 */
export const MDX_TIME_LIMIT_MS = 1_500;
/** However busy the machine, a check still running after this long (wall time) is stopped. */
export const MDX_KILL_MS = 10_000;

/**
 * The render budget, checked in a worker thread before the main thread renders a body (./budget.ts,
 * ./budget-worker.mjs). GFM pads every table row to the header's column count, so a 7 KB table
 * with 300 header columns and 3,000 one-cell rows becomes 900,000 cells: cells are counted as rows
 * x header columns on the Markdown tree, before any HTML exists. Compiling costs about 70 µs per
 * element on a 2-core server, so 15,000 elements keep one render near a second; a long post with
 * code, tables and formulas stays under 5,000.
 */
export const MAX_TABLE_COLUMNS = 40;
/** Rows x header columns of one table. */
export const MAX_TABLE_CELLS = 5_000;
/** Elements on the rendered page (each table cell, code token, KaTeX box counts). */
export const MAX_ELEMENTS = 15_000;
/** Characters of text and link addresses on the page: a link definition is copied into every use. */
export const MAX_PAGE_TEXT = 1_000_000;
/** The worker's heap: a body that needs more ends the worker, never the server. */
export const BUDGET_HEAP_MB = 256;

export const TOO_LONG = `The post is too long (${MAX_MDX_LENGTH.toLocaleString("en")} characters at most).`;
export const TOO_DEEP = `The post is nested too deeply: use at most ${MAX_NESTING} levels of quotes, lists or elements.`;
const SECONDS = MDX_TIME_LIMIT_MS / 1000;
export const TOO_SLOW = `The post takes too long to process (over ${pluralise(SECONDS, "second")}): simplify its structure.`;
export const TOO_MUCH_MEMORY =
  "This post needs too much memory to show: simplify it or split it into smaller posts.";
export const COULD_NOT_PROCESS =
  "This post could not be processed: simplify it or split it into smaller posts.";
export const CHECK_UNAVAILABLE = "Posts cannot be checked right now. Try again in a minute.";
/** What readers see instead of a post over budget (the server log names the file and the limit). */
export const NOT_SHOWN = "This post could not be shown.";

const count = (n: number) => n.toLocaleString("en");

export const tooManyColumns = (columns: number) =>
  `This table has ${count(columns)} columns; a table may have at most ${MAX_TABLE_COLUMNS}.`;
export const tooManyCells = (cells: number, rows: number, columns: number) =>
  `This table would have ${count(cells)} cells (${count(rows)} rows of ${count(columns)} columns); ` +
  `a table may have at most ${count(MAX_TABLE_CELLS)}. Split it into smaller tables.`;
export const tooManyElements = (elements: number) =>
  `This post would produce ${count(elements)} page elements; the most is ${count(MAX_ELEMENTS)}. ` +
  "Split it into smaller posts or tables.";
export const tooMuchText = (characters: number) =>
  `This post would produce ${count(characters)} characters of page text; the most is ` +
  `${count(MAX_PAGE_TEXT)}. Shorten it, or use long link addresses fewer times.`;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * For scans of the text line by line: fed every line in order, it answers whether that line is
 * fenced code (or a fence itself), which holds no Markdown structure.
 */
export function fencedCodeTracker(): (line: string) => boolean {
  let fence: string | undefined;
  return (line) => {
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = undefined;
      return true;
    }
    if (opened) fence = opened;
    return opened !== undefined;
  };
}

/**
 * A quick bound on nesting, before the parser's costly work. Per line: the `>` and list markers at
 * its start plus its indentation before them (each nested list level needs at least two columns).
 * In MDX, also the running depth of open elements (`<div>` minus `</div>`, code spans ignored).
 * Fenced code is skipped. Linear in the text; generous, since `nestingOf` on the parsed tree gives
 * the exact count. Returns the first line over the limit.
 */
export function deepLine(source: string, mdx = true, limit = 2 * MAX_NESTING): number | undefined {
  const inFencedCode = fencedCodeTracker();
  let elements = 0;
  for (const [index, line] of source.split("\n").entries()) {
    if (inFencedCode(line)) continue;
    if (containerDepth(line) > limit) return index + 1;
    if (mdx) {
      for (const tag of line.replace(/(`+)[^`]*?\1/g, "").matchAll(TAG)) {
        if (tag[2]?.trimEnd().endsWith("/")) continue; // self-closing: <br />
        elements = Math.max(elements + (tag[1] ? -1 : 1), 0);
        if (elements > limit) return index + 1;
      }
    }
  }
  return undefined;
}

/** A tag: group 1 is set for a closing one, group 2 holds its attributes. Linear to match. */
const TAG = /<(\/)?[A-Za-z][\w.:-]*([^<>]*)>/g;

/** Quotes and list items a line opens or continues, counting indentation before the markers. */
function containerDepth(line: string): number {
  let columns = 0;
  let markers = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === " ") columns += markers ? 0 : 1;
    else if (char === "\t") columns += markers ? 0 : 4;
    else if (char === ">") markers++;
    else if ("-*+".includes(char) && /[ \t]|^$/.test(line[i + 1] ?? "")) markers++;
    else {
      const number = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11))?.[0];
      if (!number) break;
      markers++;
      i += number.length - 1;
    }
  }
  return markers > 0 ? markers + Math.floor(columns / 2) : 0;
}

/** Nodes that hold others without being a level an author sees: a list and its item are one. */
const NOT_A_LEVEL = new Set(["root", "listItem", "paragraph"]);

/**
 * The deepest nesting in a parsed tree (quotes, lists, elements, emphasis...), with the node that
 * reaches it. Counted without recursion: a deep tree must not overflow the stack here.
 */
export function nestingOf(tree: Node): { depth: number; node?: Node } {
  let deepest: { depth: number; node?: Node } = { depth: 0 };
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, above] = stack.pop()!;
    const children = (node as Parent).children;
    if (!children) continue;
    const depth = above + (NOT_A_LEVEL.has(node.type) ? 0 : 1);
    if (depth > deepest.depth) deepest = { depth, node };
    for (const child of children) stack.push([child, depth]);
  }
  return deepest;
}
