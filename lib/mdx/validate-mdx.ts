import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import type { PostFormat } from "@/lib/mdx/format";
import { processGlobal } from "@/lib/data/process-global";
import { budgetProblem, checkBudget } from "./budget";
import { compiledKey } from "./compiled-cache";
import { MAX_NESTING, MDX_TIME_LIMIT_MS, nestingOf, TOO_DEEP, TOO_SLOW } from "./limits";
import { remarkPlugins } from "./pipeline";
import { plainMdxProblem } from "./plain-problem";
import { remarkRefuseActive, UNSAFE_RULE } from "./remark-refuse-active";

/**
 * `kind: "syntax"`: a writing mistake (a stray {, a tag never closed, an unknown component). The
 * renderer refuses such a body, so it blocks publishing, but a draft may be saved with it (never
 * shown to readers). Every other problem (over the render budget, too deep, too slow, or what would
 * run code or load another page) is refused in drafts too: see docs/SECURITY.md.
 */
export type MdxProblem = { message: string; line?: number; kind?: "syntax" };

/** Whether a draft may still be saved with this problem (shown to its author as a warning). */
export const onlyBlocksPublishing = (problem: MdxProblem): boolean => problem.kind === "syntax";

/**
 * Parses a body with the same Markdown plugins and safety rules as the renderer, without the costly
 * HTML stage. Returns the first problem with its line (in the body), or undefined when it is fine.
 * Used to check content before a build, at save and import, and to locate a failed compile.
 * Enforces the limits of ./limits.ts: length and nesting before anything parses, then the render
 * budget (table size, page elements and text, time, memory) in the budget worker, so the parse
 * here only ever runs on a body known to be cheap; nesting again on the tree.
 * `strict` (saving from the editor) also refuses what the renderer would silently remove.
 */
export async function findMdxProblem(
  source: string,
  format: PostFormat,
  components: readonly string[],
  options: { strict?: boolean } = {},
): Promise<MdxProblem | undefined> {
  // Length and nesting are checked first inside checkBudget, in the text, before anything parses.
  const overBudget = budgetProblem(await checkBudget(source, format));
  if (overBudget) return overBudget;
  // The same body saved again and again (at once, from many tabs) is parsed here once.
  const key = `${compiledKey(source, format)}\0${options.strict ? 1 : 0}\0${components.join()}`;
  if (checked.has(key)) return checked.get(key);
  const problem = await parseProblem(source, format, components, options);
  if (problem?.message !== TOO_SLOW) {
    checked.set(key, problem);
    if (checked.size > 2_000) checked.delete(checked.keys().next().value!);
  }
  return problem;
}

const checked = processGlobal("mdx-checked", () => new Map<string, MdxProblem | undefined>());

async function parseProblem(
  source: string,
  format: PostFormat,
  components: readonly string[],
  options: { strict?: boolean },
): Promise<MdxProblem | undefined> {
  const processor = unified().use(remarkParse);
  if (format === "mdx") processor.use(remarkMdx);
  if (options.strict) processor.use(remarkRefuseActive);
  processor.use(remarkPlugins(components));
  const file = new VFile(source);
  const started = performance.now();
  try {
    const tree = processor.parse(file);
    const nesting = nestingOf(tree);
    if (nesting.depth > MAX_NESTING)
      return { message: TOO_DEEP, line: nesting.node?.position?.start.line };
    await processor.run(tree, file);
    // The parser cannot be interrupted; a body this slow to check would be as slow on every render.
    if (performance.now() - started > MDX_TIME_LIMIT_MS) return { message: TOO_SLOW };
    return undefined;
  } catch (error) {
    // Elements nested thousands deep overflow the parser's own stack.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return { message: TOO_DEEP };
    const found = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      ruleId?: string;
    };
    const reason = found.reason ?? (error as Error).message;
    // Parser errors carry `line`; some only carry a `place`, or a "(4:1-4:21)" in their text.
    const line =
      found.line ??
      found.place?.start?.line ??
      found.place?.line ??
      Number(/\((\d+):\d+/.exec(reason)?.[1] ?? NaN);
    const at = Number.isFinite(line) ? line : undefined;
    // In the mentor's words, saying what to do (plain-problem.ts).
    return {
      message: plainMdxProblem(reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, ""), at),
      line: at,
      // A parser's or the allow-list's message (a VFileMessage has a reason), not a refusal.
      ...(found.reason !== undefined && found.ruleId !== UNSAFE_RULE
        ? { kind: "syntax" as const }
        : {}),
    };
  }
}
