import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * GFM task lists (`- [x] done`) render read-only checkboxes with no label, which screen readers
 * announce as a bare "checkbox". Each gets its item's own text as its name.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (item: Element) => {
      if (item.tagName !== "li") return;
      const box = findCheckbox(item);
      if (!box || box.properties.ariaLabel) return;
      const ownText = item.children
        .filter((child) => !(child.type === "element" && /^(ul|ol)$/.test(child.tagName)))
        .map((child) => toString(child))
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      box.properties.ariaLabel = ownText.slice(0, 150) || "Task";
    });
  };
}

/** The item's checkbox: a direct child, or inside its first paragraph (loose lists). */
function findCheckbox(item: Element): Element | undefined {
  const isBox = (node: Element["children"][number]): node is Element =>
    node.type === "element" && node.tagName === "input" && node.properties.type === "checkbox";
  const direct = item.children.find(isBox);
  if (direct) return direct;
  const first = item.children.find((c): c is Element => c.type === "element");
  return first?.tagName === "p" ? first.children.find(isBox) : undefined;
}
