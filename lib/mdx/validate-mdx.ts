import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import type { PostFormat } from "@/lib/content/types";
import { remarkPlugins } from "./pipeline";

export type MdxProblem = { message: string; line?: number };

/**
 * Parses a body with the same Markdown plugins and safety rules as the renderer, without the costly
 * HTML stage. Returns the first problem with its line (in the body), or undefined when it is fine.
 * Used to check content before a build and to locate a failed compile.
 */
export async function findMdxProblem(
  source: string,
  format: PostFormat,
  components: readonly string[],
): Promise<MdxProblem | undefined> {
  const processor = unified().use(remarkParse);
  if (format === "mdx") processor.use(remarkMdx);
  processor.use(remarkPlugins(components));
  const file = new VFile(source);
  try {
    await processor.run(processor.parse(file), file);
    return undefined;
  } catch (error) {
    const found = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
    };
    const reason = found.reason ?? (error as Error).message;
    // Parser errors carry `line`; some only carry a `place`, or a "(4:1-4:21)" in their text.
    const line =
      found.line ??
      found.place?.start?.line ??
      found.place?.line ??
      Number(/\((\d+):\d+/.exec(reason)?.[1] ?? NaN);
    return {
      message: reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, ""),
      line: Number.isFinite(line) ? line : undefined,
    };
  }
}
