import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

/**
 * The body editor's look in both themes. Tokens get fixed class names (not CodeMirror's generated
 * ones) so their colours live in body-editor.css as CSS variables that switch with the `dark`
 * class, and a test can find a heading. CodeMirror's default style was made for a white page: in
 * dark mode its marks (#, *, `) nearly vanished.
 */
const markdownStyle = HighlightStyle.define([
  {
    tag: [t.heading1, t.heading2, t.heading3, t.heading4, t.heading5, t.heading6, t.heading],
    class: "cm-md-heading",
  },
  { tag: t.emphasis, class: "cm-md-emphasis" },
  { tag: t.strong, class: "cm-md-strong" },
  { tag: t.strikethrough, class: "cm-md-strike" },
  { tag: t.link, class: "cm-md-link" },
  { tag: t.url, class: "cm-md-url" },
  { tag: t.monospace, class: "cm-md-code" },
  { tag: [t.processingInstruction, t.contentSeparator], class: "cm-md-mark" },
  { tag: [t.labelName, t.string], class: "cm-md-label" },
  { tag: t.quote, class: "cm-md-quote" },
  { tag: [t.comment, t.meta], class: "cm-md-comment" },
  { tag: [t.tagName, t.angleBracket], class: "cm-md-tag" },
  { tag: t.attributeName, class: "cm-md-attribute" },
  { tag: [t.keyword, t.atom, t.bool, t.number], class: "cm-md-keyword" },
  { tag: [t.escape, t.character], class: "cm-md-escape" },
  { tag: t.invalid, class: "cm-md-invalid" },
]);

/** The editor's frame (gutters, cursor, selection) in the site's colours, light or dark. */
const frame = EditorView.theme({
  "&": { color: "var(--cm-text)", backgroundColor: "var(--surface)" },
  ".cm-content": { caretColor: "var(--cm-text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--cm-text)" },
  ".cm-gutters": {
    backgroundColor: "var(--surface)",
    color: "var(--muted)",
    borderRight: "1px solid var(--line)",
  },
  ".cm-activeLine": { backgroundColor: "var(--cm-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--cm-active-line)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground":
    { backgroundColor: "var(--cm-selection)" },
  ".cm-panels, .cm-tooltip": {
    backgroundColor: "var(--surface)",
    color: "var(--cm-text)",
    borderColor: "var(--line)",
  },
  ".cm-foldPlaceholder": {
    backgroundColor: "var(--line)",
    color: "var(--cm-text)",
    border: "none",
  },
});

export const editorTheme = [frame, syntaxHighlighting(markdownStyle)];
