// The render budget's worker thread (started by ./budget.ts). It compiles a post body with the
// compiler the server uses (@mdx-js/mdx, with GFM, math, KaTeX and Shiki), counting what the page
// would hold: table cells, elements and text on the Markdown tree before any HTML exists, then
// exactly on the HTML tree, and the CPU time it all took. A body that would cost the server seconds
// or gigabytes costs this thread instead: its heap is capped (resourceLimits), it reports a body
// over the CPU-time limit itself, and the server stops it (terminate) if a stage never ends.
// Plain ESM importing npm packages only: it runs as is under `next start`, vitest and tsx, and the
// bundler never sees it. Limits and plugin options arrive in `workerData` from the TypeScript side.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { createProcessor } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

const { limits, katex, shiki } = workerData;
/** Elements counted for a formula before KaTeX runs: fewer than any formula renders to. */
const KATEX_LEAST = 6;

/**
 * Milliseconds of CPU this thread has used (Linux: /proc/thread-self/stat, in 10 ms ticks), so the
 * time limit measures the work a body costs, not how busy the machine is. Elsewhere, wall time.
 */
function cpuMs() {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return performance.now();
  }
}

/** The CPU time when the current job started. */
let started = 0;
const overTime = () => cpuMs() - started > limits.timeMs;

/** Stops the compile at the first limit a body breaks, carrying the verdict. */
class OverBudget extends Error {
  constructor(verdict) {
    super(verdict.limit);
    this.verdict = verdict;
  }
}

/** Counts the Markdown tree (lower bounds) and refuses before the costly HTML stage exists. */
function remarkBudget() {
  return (tree) => {
    if (overTime()) throw new OverBudget({ ok: false, limit: "time" });
    const measured = measureMarkdown(tree);
    if (!measured.ok) throw new OverBudget(measured);
    const over = overBudget(measured);
    if (over) throw new OverBudget(over);
  };
}

/** Counts the HTML tree exactly, after KaTeX and Shiki, and keeps the counts for the verdict. */
function rehypeBudget() {
  return (tree, file) => {
    if (overTime()) throw new OverBudget({ ok: false, limit: "time" });
    const measured = measureHtml(tree);
    const over = overBudget(measured);
    if (over) throw new OverBudget(over);
    file.data.budget = measured;
  };
}

/**
 * The compiler next-mdx-remote runs (@mdx-js/mdx), with the site's Markdown syntax, KaTeX and
 * Shiki, so the time measured here is what the server's own compile will cost. The site's safety
 * plugins (TypeScript) are left out: they only remove and rename.
 */
function processor(format) {
  return createProcessor({
    format,
    outputFormat: "function-body",
    remarkPlugins: [remarkGfm, remarkMath, remarkBudget],
    rehypePlugins: [[rehypeKatex, katex], [rehypeShiki, shiki], rehypeBudget],
  });
}

const processors = { md: processor("md"), mdx: processor("mdx") };

/** Text a node puts on the page, or carries as a link address. */
function textOf(node) {
  let length = typeof node.value === "string" ? node.value.length : 0;
  if (typeof node.url === "string") length += node.url.length;
  if (typeof node.alt === "string") length += node.alt.length;
  for (const attribute of node.attributes ?? [])
    if (typeof attribute.value === "string") length += attribute.value.length;
  return length;
}

/**
 * The Markdown tree's cost, as a lower bound on the page's. Tables count rows x header columns
 * (the HTML stage pads every row). A reference to a link definition copies its address.
 * Iterative: a deep tree must not overflow the stack.
 */
function measureMarkdown(tree) {
  let elements = 0;
  let text = 0;
  const definitions = new Map();
  const references = [];
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop();
    const line = node.position?.start.line;
    if (node.type === "table") {
      const columns = node.align?.length ?? node.children[0]?.children.length ?? 0;
      const rows = node.children.length;
      if (columns > limits.tableColumns)
        return { ok: false, limit: "tableColumns", found: columns, line };
      const cells = rows * columns;
      if (cells > limits.tableCells)
        return { ok: false, limit: "tableCells", found: cells, rows, columns, line };
      elements += cells + rows + 3;
    } else if (node.type === "definition") {
      definitions.set(node.identifier, node.url.length + (node.title?.length ?? 0));
      continue;
    } else if (node.type === "linkReference" || node.type === "imageReference") {
      references.push(node.identifier);
      elements += 1;
    } else if (node.type === "math" || node.type === "inlineMath") {
      elements += KATEX_LEAST; // the smallest formula KaTeX renders, `$x$`, is 11 elements
    } else if (node.type === "footnoteReference") {
      elements += 4; // the reference, and a link back to it beside the footnote
    } else if (node.type !== "text" && node.type !== "root" && node.type !== "tableRow") {
      if (node.type !== "tableCell") elements += 1;
    }
    text += textOf(node);
    for (const child of node.children ?? []) stack.push(child);
  }
  for (const identifier of references) text += definitions.get(identifier) ?? 0;
  return { ok: true, elements, text };
}

/** The page's elements and text, exactly, on the HTML tree after KaTeX and Shiki. */
function measureHtml(tree) {
  let elements = 0;
  let text = 0;
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "element" || node.type.startsWith("mdxJsx")) {
      elements += 1;
      for (const key of ["href", "src"])
        if (typeof node.properties?.[key] === "string") text += node.properties[key].length;
    }
    text += textOf(node);
    for (const child of node.children ?? []) stack.push(child);
  }
  return { elements, text };
}

function overBudget({ elements, text }) {
  if (elements > limits.elements) return { ok: false, limit: "elements", found: elements };
  if (text > limits.text) return { ok: false, limit: "text", found: text };
  return undefined;
}

async function measure(source, format) {
  started = cpuMs();
  let counts = {};
  try {
    counts = (await processors[format === "md" ? "md" : "mdx"].process(source)).data.budget;
  } catch (error) {
    if (error instanceof OverBudget) return error.verdict;
    // A syntax error (the caller's own parse names it and its line), or a stack overflow: only
    // the time it took counts here.
  }
  if (overTime()) return { ok: false, limit: "time" };
  return { ok: true, ...counts };
}

// Warm up Shiki (it loads its grammars and WebAssembly on first use) before taking jobs, so the
// first job's time limit measures the body and not the start-up.
await processors.mdx.process("```js\nlet a = 1\n```\n\n$x$");

parentPort.on("message", async ({ id, source, format }) => {
  parentPort.postMessage({ id, verdict: await measure(source, format) });
});
parentPort.postMessage({ ready: true });
