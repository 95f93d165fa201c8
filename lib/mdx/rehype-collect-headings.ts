import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

export type Heading = { id: string; text: string; depth: number };

/** Records h2-h4 (after rehype-slug has given them ids) into `into`, for the table of contents. */
export function rehypeCollectHeadings(into: Heading[]) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const depth = /^h([2-4])$/.exec(node.tagName)?.[1];
      const id = node.properties?.id;
      const hidden = String(node.properties?.className ?? "").includes("sr-only");
      if (depth && typeof id === "string" && !hidden)
        into.push({ id, text: toString(node).trim(), depth: Number(depth) });
    });
  };
}
