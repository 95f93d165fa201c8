import "server-only";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactElement } from "react";
import { cache } from "react";
import { mdxComponentNames, mdxComponents } from "@/components/mdx";
import { ContentError } from "@/lib/content/content-error";
import type { Post } from "@/lib/content/types";
import { rehypePlugins, remarkPlugins } from "./pipeline";
import { findMdxProblem } from "./validate-mdx";
import type { Heading } from "./rehype-collect-headings";

export type RenderedPost = { content: ReactElement; headings: Heading[] };

/**
 * The one entry point to next-mdx-remote: compiles a post body with the site's plugins and
 * components. Expressions and import/export stay blocked (next-mdx-remote's defaults); the
 * remark-safe-mdx plugin handles the rest. Errors come back as ContentError naming file and line.
 */
export async function renderMarkdown(
  source: string,
  format: Post["format"],
  file: string,
  lineOffset = 0,
): Promise<RenderedPost> {
  const headings: Heading[] = [];
  try {
    const { content } = await compileMDX({
      source,
      components: mdxComponents,
      options: {
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: {
          format,
          remarkPlugins: remarkPlugins(mdxComponentNames),
          rehypePlugins: rehypePlugins(headings),
        },
      },
    });
    return { content, headings };
  } catch (error) {
    // The compiler's message loses its position: re-parse to name the line.
    const problem = await findMdxProblem(source, format, mdxComponentNames);
    if (problem)
      throw new ContentError(
        file,
        `MDX error: ${problem.message}`,
        lineOf(problem.line, lineOffset),
      );
    throw toContentError(error, file);
  }
}

function lineOf(line: number | undefined, offset: number): number | undefined {
  return line === undefined ? undefined : line + offset;
}

/** Cached per request, so metadata and page share one compile. */
export const renderPost = cache((post: Post) =>
  renderMarkdown(post.body, post.format, post.file, post.bodyLineOffset),
);

/** Fallback for compile errors the parser does not see (in rehype plugins, say). */
export function toContentError(error: unknown, file: string): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("[next-mdx-remote]"));
  return new ContentError(file, `MDX error: ${lines[0]?.trim() ?? "could not compile"}`);
}
