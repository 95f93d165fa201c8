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
    const line = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return { message: reason, line: typeof line === "number" ? line : undefined };
  }
}
