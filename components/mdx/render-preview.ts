import "server-only";
import type { ReactElement } from "react";
import { ContentError } from "@/lib/content/content-error";
import { budgetProblem, checkBudget } from "@/lib/mdx/budget";
import { MAX_MDX_LENGTH, TOO_LONG } from "@/lib/mdx/limits";
import { takePreview, tooManyPreviews } from "@/lib/mdx/preview-rate-limit";
import { renderMarkdown } from "./render-post";

export type PreviewResult =
  { ok: true; content: ReactElement } | { ok: false; message: string; line?: number };

/**
 * The editor's preview: the public page's pipeline, within the render budget (measured in the
 * budget worker before anything renders here) and the per-account preview rate. Problems come
 * back as plain words with their line; nothing is thrown for the author's mistakes.
 */
export async function renderPreview(
  body: string,
  format: "md" | "mdx",
  accountId: string,
): Promise<PreviewResult> {
  const wait = takePreview(accountId);
  if (wait > 0) return { ok: false, message: tooManyPreviews(wait) };
  if (typeof body !== "string" || body.length > MAX_MDX_LENGTH)
    return { ok: false, message: TOO_LONG };
  const fmt = format === "md" ? "md" : "mdx";
  // Length, nesting and tables checked in the text, the rest measured in the worker; refused when
  // over budget, or when the worker cannot start.
  const over = budgetProblem(await checkBudget(body, fmt));
  if (over) return { ok: false, ...over };
  try {
    // One compile on this thread; only a failed one parses again, to name the line.
    const { content } = await renderMarkdown(body, fmt, "preview");
    return { ok: true, content };
  } catch (error) {
    if (error instanceof ContentError)
      return { ok: false, message: error.problem.replace(/^MDX error: /, ""), line: error.line };
    throw error;
  }
}
