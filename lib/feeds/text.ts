/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF) plus DEL and the C1 controls: one of them in a title made the whole feed invalid
 * for every subscriber. They are dropped from every feed, JSON included, so all three agree.
 */
const NOT_XML = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export const feedText = (value: string): string => value.replace(NOT_XML, "");

/**
 * Text for XML element content and attribute values. Every feed value is escaped as text, never
 * wrapped in CDATA: the `feed` library wrapped titles in CDATA and escaped only the first `]]>`,
 * so a second one closed the section and let a title add its own `<item>`.
 */
export function xmlEscape(value: string): string {
  return feedText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Plain text as HTML, for fields readers render as HTML (RSS `<description>`). */
export function htmlEscape(value: string): string {
  return feedText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

type Attributes = Record<string, string | undefined>;

/** One element with escaped attributes and escaped text (or already-built child elements). */
export function element(
  name: string,
  attributes: Attributes,
  content?: string | { children: string[] },
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
    .join("");
  if (content === undefined) return `<${name}${attrs}/>`;
  const inner =
    typeof content === "string" ? xmlEscape(content) : `\n${content.children.join("\n")}\n`;
  return `<${name}${attrs}>${inner}</${name}>`;
}
