import { z } from "zod";
import { hasControlCharacters } from "./names";

/**
 * Short prose a mentor types and others read: a post's title, description and search/share text.
 * The title also becomes the history's commit message, so a control character there could fake a
 * line of the history in someone else's name. Tabs and line breaks (a description is a textarea,
 * YAML block scalars end in one) become single spaces; every other character names.ts refuses is
 * refused here too, except the zero-width joiners that emoji and scripts like Persian need.
 */
export const TEXT_CONTROL_MESSAGE = "Remove the invisible control characters from this text.";

const JOINERS = /[\u200C\u200D]/g;
const LINE_BREAKS = /[ \t]*[\t\n\v\f\r\u0085\u2028\u2029][\t\n\v\f\r\u0085\u2028\u2029 ]*/g;

/** Tabs and line breaks (with the spaces around them) as one space. */
export const oneLine = (value: string) => value.replace(LINE_BREAKS, " ");

export function hasTextControlCharacters(value: string): boolean {
  return hasControlCharacters(value.replace(JOINERS, ""));
}

/** The same text with each control character (joiners aside) replaced by a space. */
export function withoutControlCharacters(value: string): string {
  if (!hasTextControlCharacters(value)) return value;
  return Array.from(value, (char) =>
    char === "\u200C" || char === "\u200D" || !hasControlCharacters(char) ? char : " ",
  ).join("");
}

/** One-line text: line breaks as spaces, trimmed, control characters refused. */
export const oneLineText = () =>
  z
    .string()
    .overwrite(oneLine)
    .trim()
    .refine((value) => !hasTextControlCharacters(value), TEXT_CONTROL_MESSAGE);
