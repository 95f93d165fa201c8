import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { DROPPED, FORBIDDEN_ATTRIBUTES, URL_ATTRIBUTES } from "./remark-safe-mdx";
import { EXPRESSION } from "./plain-problem";
import { isSafeUrl } from "./safe-url";

const SCHEMES = "Links and images may use http(s), mailto or relative addresses only";
/** Raw HTML in a `.md` post that would run code or load another page. */
const ACTIVE_HTML =
  /<\/?(script|style|iframe|object|embed|form|frame|base|link|meta)\b|\son[a-z]+\s*=|javascript:/i;

/**
 * For saving only: refuses what remark-safe-mdx would silently remove at render (script and other
 * active elements, event handlers, unsafe URLs, `{expressions}`, import/export), so the author
 * learns why instead of losing it. Rendering stays lenient, so content already on disk still shows.
 */
/** The rule id its refusals carry, so validate-mdx.ts tells them from writing mistakes. */
export const UNSAFE_RULE = "unsafe";

export function remarkRefuseActive() {
  return (tree: Root, file: VFile) => {
    const refuse = (message: string, node: Node) =>
      file.fail(message, node, `mentor-notes:${UNSAFE_RULE}`);
    visit(tree, (node) => {
      switch (node.type) {
        case "mdxjsEsm":
          return refuse("import and export are not allowed in posts.", node);
        case "mdxFlowExpression":
        case "mdxTextExpression":
          // `{/* a comment */}` is MDX's comment syntax: harmless.
          if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return;
          return refuse(EXPRESSION, node);
        case "html":
          if (ACTIVE_HTML.test(node.value))
            return refuse(
              "HTML that runs code or loads another page is not allowed in posts.",
              node,
            );
          return;
        case "link":
        case "image":
        case "definition":
          if (!isSafeUrl(node.url)) return refuse(`${SCHEMES} (not ${scheme(node.url)}).`, node);
          return;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement":
          return checkElement(node, refuse);
      }
    });
  };
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  refuse: (m: string, n: Node) => void,
) {
  const name = node.name ?? "";
  if (DROPPED.has(name.toLowerCase())) return refuse(`<${name}> is not allowed in posts.`, node);
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute")
      return refuse(`{…} attributes are not allowed in posts (on <${name}>).`, node);
    const key = attribute.name.toLowerCase();
    if (key.startsWith("on") || FORBIDDEN_ATTRIBUTES.has(key))
      return refuse(
        `The ${attribute.name} attribute is not allowed in posts (on <${name}>).`,
        node,
      );
    if (typeof attribute.value === "object" && attribute.value !== null)
      return refuse(`{…} attribute values are not allowed in posts (on <${name}>).`, node);
    const value = attribute.value ?? "";
    const urls =
      key === "srcset"
        ? value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")
        : [value];
    if (URL_ATTRIBUTES.has(key) && urls.some((url) => !isSafeUrl(url)))
      return refuse(`${SCHEMES} (not ${scheme(value)} in ${attribute.name} on <${name}>).`, node);
  }
}

const scheme = (url: string) =>
  /^([a-z][a-z0-9+.-]*:)/.exec(
    url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase(),
  )?.[1] ?? "this address";
