/**
 * The parser's words for a mistake in a post ("Unexpected end of file in expression, expected a
 * corresponding closing brace for `{`") in a mentor's words, saying what to do. The line is added
 * by whoever shows the message ("Line 12: a { starts…"), so a message that will follow a line
 * number starts in lower case; without a line it starts with a capital.
 *
 * Our own refusals (too long, not allowed in posts…) are already plain and pass through; any
 * parser message not recognised here becomes a general hint rather than parser jargon.
 */

export const BRACE =
  "a { starts a code expression. To show a brace, write \\{ (with the backslash).";
export const EXPRESSION =
  "{…} code expressions cannot be used in a post. To show a brace, write \\{ (with the backslash).";
export const LESS_THAN =
  "a < starts a tag here. To show the sign itself, write \\< (with the backslash).";
export const HTML_COMMENT = "HTML comments (<!-- … -->) cannot be used in a post: remove it.";
export const UNQUOTED = 'a value in a tag must be in quotes, like <Callout type="tip">.';
export const OPEN_QUOTE = 'a value in a tag opens a quote (") that is never closed. Close it.';
export const STRAY_CLOSING =
  "a closing tag (like </Callout>) has no opening tag before it. Remove it, or add the opening tag.";
export const UNREADABLE =
  "this part cannot be read. Look for a stray < or {, or a tag that is not closed; to show < or { as text, write \\< or \\{.";

export const neverClosed = (tag: string) =>
  `<${tag}> is opened but never closed. Add </${tag}> after its text.`;
export const wrongClosing = (closing: string, open: string) =>
  `</${closing}> closes a tag that is not open here: <${open}> is still open. Add </${open}> before it.`;
export const unknownComponent = (name: string, components: readonly string[]) =>
  `there is no component called <${name}>. You can use: ${components.join(", ")}.`;

type Rule = [RegExp, (match: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/closing brace for `\{`|Could not parse expression with acorn/, () => BRACE],
  [/^\{…\} expressions are not allowed/, () => EXPRESSION],
  [
    /Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>`/,
    (m) => wrongClosing(m[1]!, m[2]!),
  ],
  [/^Expected a closing tag for `<([^`]*)>`/, (m) => neverClosed(m[1]!)],
  [/Unexpected closing slash `\/` in tag, expected an open tag first/, () => STRAY_CLOSING],
  [/to create a comment in MDX/, () => HTML_COMMENT],
  [/before attribute value/, () => UNQUOTED],
  [/in attribute value, expected a corresponding closing quote/, () => OPEN_QUOTE],
  [
    /(before|in) name, expected a (character that can start a name|name character)/,
    () => LESS_THAN,
  ],
];

/** Parser messages name the code they expected: backticks, U+ code points, "Unexpected …". */
const PARSER_WORDS = /`|U\+[0-9A-F]{4}|^Unexpected |^Expected |acorn/;

export function plainMdxProblem(message: string, line: number | undefined): string {
  let text = message;
  const rule = RULES.find(([pattern]) => pattern.test(message));
  if (rule) text = rule[1](rule[0].exec(message)!);
  else if (PARSER_WORDS.test(message)) text = UNREADABLE;
  return line === undefined ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
