import rehypeShiki from "@shikijs/rehype";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import { rehypeCollectHeadings, type Heading } from "./rehype-collect-headings";
import { rehypeTaskListLabels } from "./rehype-task-list-labels";
import { remarkSafeMdx } from "./remark-safe-mdx";

/** Languages loaded up front; others load on first use, unknown ones render as plain text. */
const CODE_LANGUAGES = [
  "bash",
  "css",
  "diff",
  "html",
  "javascript",
  "json",
  "jsx",
  "markdown",
  "mdx",
  "python",
  "shell",
  "sql",
  "tsx",
  "typescript",
  "yaml",
];

/** The light theme is GitHub's high-contrast one: the default's orange and grey fail WCAG AA. */
export const CODE_THEMES = {
  light: "github-light-high-contrast",
  dark: "github-dark-default",
} as const;

/**
 * KaTeX's own limits: macros may expand 1,000 times (each `\def` that doubles its body would
 * otherwise grow a formula exponentially), and sizes such as `\rule{9999em}` are capped at 20em so
 * a formula cannot cover the page. Errors render as the formula's source, in red.
 */
export const KATEX_OPTIONS = {
  output: "htmlAndMathml",
  throwOnError: false,
  strict: "ignore",
  maxExpand: 1_000,
  maxSize: 20,
} as const;

/**
 * Shiki tokenizes a line with regular expressions: lines over 1,000 characters stay plain text,
 * and one line gets at most 100 ms. Plain data, so the budget worker highlights the same way.
 */
export const SHIKI_OPTIONS = {
  themes: CODE_THEMES,
  langs: CODE_LANGUAGES,
  lazy: true,
  fallbackLanguage: "text",
  defaultLanguage: "text",
  tokenizeMaxLineLength: 1_000,
  tokenizeTimeLimit: 100,
} as const;

export function remarkPlugins(components: readonly string[]): PluggableList {
  return [remarkGfm, remarkMath, [remarkSafeMdx, { components }]];
}

/**
 * Everything after Markdown: heading ids and anchors, the table of contents, task-list labels,
 * KaTeX and Shiki. The budget worker (./budget-worker.mjs) runs the same KaTeX and Shiki options.
 */
export function rehypePlugins(headings: Heading[]): PluggableList {
  return [
    rehypeSlug,
    rehypeCollectHeadings(headings),
    rehypeTaskListLabels,
    [
      rehypeAutolinkHeadings,
      {
        behavior: "append",
        properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
        content: { type: "text", value: "#" },
      },
    ],
    [rehypeKatex, KATEX_OPTIONS],
    [rehypeShiki, SHIKI_OPTIONS],
  ];
}
