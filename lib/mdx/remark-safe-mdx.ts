import type { Root, RootContent } from "mdast";
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from "mdast-util-mdx-jsx";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { unknownComponent } from "./plain-problem";
import { isSafeUrl } from "./safe-url";

/** Elements that could run code, load another page or restyle the site: removed with their content. */
export const DROPPED = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "link",
  "meta",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "option",
  "noscript",
  "template",
  "svg",
  "math",
  "portal",
  "head",
  "html",
  "body",
  "title",
  "audio",
  "video",
  "source",
  "track",
  "canvas",
  "dialog",
]);

/** Plain HTML an author may write in MDX. Other lowercase tags are unwrapped to their content. */
const ALLOWED_HTML = new Set([
  "a",
  "abbr",
  "b",
  "blockquote",
  "br",
  "caption",
  "cite",
  "code",
  "dd",
  "del",
  "details",
  "dfn",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "ins",
  "kbd",
  "li",
  "mark",
  "ol",
  "p",
  "pre",
  "q",
  "s",
  "samp",
  "section",
  "small",
  "span",
  "strong",
  "sub",
  "summary",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "time",
  "tr",
  "u",
  "ul",
  "var",
  "wbr",
]);

export const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "poster",
  "action",
  "formaction",
  "cite",
  "data",
  "xlink:href",
  "background",
]);
/**
 * Refused on every tag, components included (and at save, by remark-refuse-active). `class` and
 * `style` are here because the site's own stylesheet is the attacker's toolbox: `fixed inset-0
 * z-50 bg-white` draws a fake "Session expired, sign in at …" over the whole page.
 */
export const FORBIDDEN_ATTRIBUTES = new Set([
  "style",
  "class",
  "classname",
  "dangerouslysetinnerhtml",
  "srcdoc",
  "is",
  "ref",
  "key",
]);

/**
 * The only attributes plain HTML in a post keeps; everything else (class, style, id, data-*,
 * popover, hidden, tabindex, legacy `background`/`bgcolor`…) is dropped. No author-supplied class is
 * allowed anywhere: components take typed props instead (components/mdx/README.md).
 */
const COMMON_ATTRIBUTES = new Set(["title", "lang", "dir"]);
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  img: ["src", "alt"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  details: ["open"],
  ol: ["start", "reversed"],
  li: ["value"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan", "scope", "abbr"],
};

function allowedOnHtml(element: string, attribute: string): boolean {
  return (
    COMMON_ATTRIBUTES.has(attribute) || (ELEMENT_ATTRIBUTES[element]?.includes(attribute) ?? false)
  );
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export type SafeMdxOptions = {
  /** Names of the components in the MDX components map: the only capitalised tags allowed. */
  components: readonly string[];
};

function isJsx(node: RootContent | Root): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function keepAttribute(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  element: string,
  isComponent: boolean,
): boolean {
  if (attribute.type !== "mdxJsxAttribute") return false;
  const name = attribute.name.toLowerCase();
  if (name.startsWith("on") || FORBIDDEN_ATTRIBUTES.has(name)) return false;
  // Components read their own typed props; plain HTML keeps only the allow-list above.
  if (!isComponent && !allowedOnHtml(element, name)) return false;
  if (typeof attribute.value === "object" && attribute.value !== null) return false;
  if (URL_ATTRIBUTES.has(name) && typeof attribute.value === "string") {
    // Only srcset lists several URLs ("a.png 1x, b.png 2x"); anything else is one URL, checked whole.
    if (name !== "srcset") return isSafeUrl(attribute.value);
    return attribute.value.split(",").every((part) => isSafeUrl(part.trim().split(/\s+/)[0] ?? ""));
  }
  return true;
}

function attributeValue(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attribute?.value === "string" ? attribute.value : undefined;
}

function asMarkdownNode(node: JsxElement) {
  if (node.name === "img") {
    return {
      type: "image",
      url: attributeValue(node, "src") ?? "",
      alt: attributeValue(node, "alt") ?? "",
      title: attributeValue(node, "title") ?? null,
    };
  }
  return {
    type: "link",
    url: attributeValue(node, "href"),
    title: attributeValue(node, "title") ?? null,
    children: node.children,
  };
}

/**
 * MDX is untrusted. This remark plugin, run on every compile, lets through only the components in
 * the map and a list of plain HTML with a list of attributes (no class, style or id); drops elements
 * and attributes that could run script or restyle the page; keeps link and image URLs to http(s),
 * mailto and relative ones; and refuses unknown components by name.
 */
export function remarkSafeMdx(options: SafeMdxOptions) {
  const components = new Set(options.components);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "html" && parent && index !== undefined) {
        // Raw HTML in `.md` files is never rendered.
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (
        (node.type === "link" || node.type === "image" || node.type === "definition") &&
        !isSafeUrl(node.url)
      ) {
        node.url = "#";
      }
      if (!isJsx(node) || !parent || index === undefined) return;
      const name = node.name;
      if (name === null) return; // a fragment: <>...</>
      const isComponent = /^[A-Z]/.test(name) || name.includes(".") || name.includes(":");
      if (isComponent) {
        if (!components.has(name)) {
          // In the author's words: the names they may use (adding one: components/mdx/README.md).
          file.fail(unknownComponent(name, [...components]), node);
        }
      } else if (DROPPED.has(name.toLowerCase())) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      } else if (!ALLOWED_HTML.has(name)) {
        parent.children.splice(index, 1, ...(node.children as RootContent[]));
        return index;
      }
      node.attributes = node.attributes.filter((a) => keepAttribute(a, name, isComponent));
      if (name === "img" || (name === "a" && attributeValue(node, "href") !== undefined)) {
        // Literal <img>/<a> would bypass the components map (and its no-third-party-images rule):
        // turn them into the Markdown nodes the map handles.
        parent.children.splice(index, 1, asMarkdownNode(node) as RootContent);
        return index;
      }
    });
  };
}
