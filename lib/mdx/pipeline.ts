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

export function remarkPlugins(components: readonly string[]): PluggableList {
  return [remarkGfm, remarkMath, [remarkSafeMdx, { components }]];
}

/**
 * Everything after Markdown: heading ids and anchors, the table of contents, task-list labels,
 * KaTeX and Shiki.
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
    [rehypeKatex, { output: "htmlAndMathml", throwOnError: false, strict: "ignore" }],
    [
      rehypeShiki,
      {
        themes: CODE_THEMES,
        langs: CODE_LANGUAGES,
        lazy: true,
        fallbackLanguage: "text",
        defaultLanguage: "text",
      },
    ],
  ];
}
