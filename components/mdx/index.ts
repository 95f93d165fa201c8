import type { ComponentType } from "react";
import type { MdxComponentName } from "@/lib/mdx/component-names";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Figure } from "./figure";
import { MdxImage } from "./mdx-image";
import { MdxLink } from "./mdx-link";
import { MdxTable } from "./mdx-table";

/**
 * Everything an MDX post can use. Capitalised keys are components authors write (`<Callout>`);
 * lowercase keys replace the HTML that Markdown produces. A tag not listed here is an error.
 * To add a component: create its file in this folder, add one line below, and add its name to
 * lib/mdx/component-names.ts (see README.md).
 */
export const mdxComponents = {
  Callout,
  Figure,
  a: MdxLink,
  img: MdxImage,
  pre: CodeBlock,
  table: MdxTable,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
} satisfies Record<MdxComponentName, ComponentType<any>> & Record<string, ComponentType<any>>;
