import { z } from "zod";

/**
 * The one rule for every name a person types and others read: account, invitation and profile
 * names, tag names, link labels. Names are shown beside posts and in the admin, so characters that
 * are invisible or reorder text (bidi overrides, zero-width spaces, line separators, C0/C1
 * controls) could make one name pass for another: they are refused, never silently removed.
 */
export const CONTROL_CHARACTER_MESSAGE = "Names cannot contain control characters.";

/**
 * Cc (controls), Cf (format: bidi marks and overrides, zero-width space/joiners, soft hyphen, BOM),
 * Cs (lone surrogates), Zl/Zp (line and paragraph separators), and the blank letters that render as
 * nothing (Hangul fillers, braille blank, combining grapheme joiner).
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u2800\u3164\uFFA0]/u;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * How two names are compared for uniqueness: Unicode NFKC (full-width and compatibility letters
 * become their plain form), trimmed, runs of spaces as one, and case-insensitive.
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

export const NO_LETTER_MESSAGE = "Use at least one letter or digit.";

/**
 * A name made only of punctuation or symbols ("...", "--") tells nobody who wrote something, and
 * some tools refuse it outright (git did, leaving changes without history).
 */
export const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value);

/** A trimmed name of 1..max characters with a letter or digit and no control characters. */
export function nameText(options: { max: number; empty: string; tooLong?: string }) {
  return z
    .string()
    .trim()
    .min(1, options.empty)
    .max(options.max, options.tooLong ?? `Use at most ${options.max} characters.`)
    .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE)
    .refine((value) => value === "" || hasLetterOrDigit(value), NO_LETTER_MESSAGE);
}
