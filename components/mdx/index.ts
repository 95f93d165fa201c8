import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Figure } from "./figure";
import { MdxImage } from "./mdx-image";
import { MdxLink } from "./mdx-link";
import { MdxTable } from "./mdx-table";

/**
 * Everything an MDX post can use. Capitalised keys are components authors write (`<Callout>`);
 * lowercase keys replace the HTML that Markdown produces. A tag not listed here is an error.
 * To add a component: create its file in this folder and add one line below (see README.md).
 */
export const mdxComponents = {
  Callout,
  Figure,
  a: MdxLink,
  img: MdxImage,
  pre: CodeBlock,
  table: MdxTable,
};

/** The names authors may use as tags, checked when a post is compiled. */
export const mdxComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
