import rehypeShiki from "@shikijs/rehype";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import { rehypeCollectHeadings, type Heading } from "./rehype-collect-headings";
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

export const CODE_THEMES = { light: "github-light", dark: "github-dark-default" } as const;

export function remarkPlugins(components: readonly string[]): PluggableList {
  return [remarkGfm, remarkMath, [remarkSafeMdx, { components }]];
}

/** Everything after Markdown: heading ids and anchors, KaTeX, Shiki, and the table of contents. */
export function rehypePlugins(headings: Heading[]): PluggableList {
  return [
    rehypeSlug,
    rehypeCollectHeadings(headings),
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
