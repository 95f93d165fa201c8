import "server-only";
import { serialize } from "next-mdx-remote/serialize";
import type { ComponentType, ReactElement } from "react";
import { cache, createElement } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import * as jsxDevRuntime from "react/jsx-dev-runtime";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { mdxComponents } from "./index";
import { ContentError } from "@/lib/content/content-error";
import { withoutTitleHeading } from "@/lib/content/title-heading";
import type { Post } from "@/lib/content/types";
import { budgetProblem, checkBudget } from "@/lib/mdx/budget";
import { cachedCompile, compiledKey, storeCompiled, type Compiled } from "@/lib/mdx/compiled-cache";
import { NOT_SHOWN } from "@/lib/mdx/limits";
import { rehypePlugins, remarkPlugins } from "@/lib/mdx/pipeline";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import type { Heading } from "@/lib/mdx/rehype-collect-headings";

export type RenderedPost = { content: ReactElement; headings: Heading[] };

/** A body over the render budget (./budget.ts): its message names the file and the limit. */
export class OverBudgetError extends ContentError {}

/**
 * The one entry point to next-mdx-remote: compiles a post body with the site's plugins and
 * components. Expressions and import/export stay blocked (next-mdx-remote's defaults); the
 * remark-safe-mdx plugin handles the rest. Errors come back as ContentError naming file and line.
 * The body is measured in the budget worker first, so the compile here, on the server's main
 * thread, only ever runs on a body known to fit (OverBudgetError otherwise).
 */
export async function renderMarkdown(
  source: string,
  format: Post["format"],
  file: string,
  lineOffset = 0,
): Promise<RenderedPost> {
  const verdict = await checkBudget(source, format, { urgent: true });
  const over = budgetProblem(verdict);
  // A worker that cannot start must not take every page down with it: render, and say so.
  if (over && !verdict.ok && verdict.limit === "unavailable")
    console.error(`${file}: rendered without the budget check: ${over.message}`);
  else if (over)
    throw new OverBudgetError(file, `MDX error: ${over.message}`, lineOf(over.line, lineOffset));
  const key = compiledKey(source, format);
  let compiled = cachedCompile(key);
  if (!compiled) {
    compiled = await compile(source, format, file, lineOffset);
    storeCompiled(key, compiled);
  }
  return { content: run(compiled.code), headings: [...compiled.headings] };
}

async function compile(
  source: string,
  format: Post["format"],
  file: string,
  lineOffset: number,
): Promise<Compiled> {
  const headings: Heading[] = [];
  try {
    const { compiledSource } = await serialize(
      source,
      {
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: {
          format,
          remarkPlugins: remarkPlugins(MDX_COMPONENT_NAMES),
          rehypePlugins: rehypePlugins(headings),
        },
      },
      true, // for React Server Components, as next-mdx-remote/rsc's compileMDX does
    );
    return { code: compiledSource, headings };
  } catch (error) {
    // The compiler's message loses its position: re-parse to name the line.
    const problem = await findMdxProblem(source, format, MDX_COMPONENT_NAMES);
    if (problem)
      throw new ContentError(
        file,
        `MDX error: ${problem.message}`,
        lineOf(problem.line, lineOffset),
      );
    throw toContentError(error, file);
  }
}

/** Runs compiled code as next-mdx-remote/rsc's compileMDX does (its jsx-runtime.cjs picks the same). */
function run(code: string): ReactElement {
  const runtime = process.env.NODE_ENV === "production" ? jsxRuntime : jsxDevRuntime;
  const scope = { opts: runtime, frontmatter: {} };
  const hydrate = Reflect.construct(Function, [...Object.keys(scope), code]) as (
    ...values: unknown[]
  ) => { default: ComponentType<{ components: typeof mdxComponents }> };
  const Content = hydrate.apply(hydrate, Object.values(scope)).default;
  return createElement(Content, { components: mdxComponents });
}

function lineOf(line: number | undefined, offset: number): number | undefined {
  return line === undefined ? undefined : line + offset;
}

/**
 * Cached per request, so metadata and page share one compile. A post over the render budget shows
 * a short notice instead, and the server log names its file and the limit (the content check
 * refuses it outright).
 */
export const renderPost = cache(async (post: Post): Promise<RenderedPost> => {
  try {
    // The page prints the title as its h1: an opening heading repeating it goes (title-heading.ts).
    const body = withoutTitleHeading(post.body, post.title);
    return await renderMarkdown(body, post.format, post.file, post.bodyLineOffset);
  } catch (error) {
    if (!(error instanceof OverBudgetError)) throw error;
    console.error(error.message);
    return { content: <p className="not-prose text-muted">{NOT_SHOWN}</p>, headings: [] };
  }
});

/** Fallback for compile errors the parser does not see (in rehype plugins, say). */
export function toContentError(error: unknown, file: string): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("[next-mdx-remote]"));
  return new ContentError(file, `MDX error: ${lines[0]?.trim() ?? "could not compile"}`);
}
