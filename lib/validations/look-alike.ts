import { nameKey } from "./names";

/**
 * Names that only look like another: "Аda Okafor" with a Cyrillic А reads as "Ada Okafor" but is
 * a different string. Names mixing Latin letters with Cyrillic or Greek ones are refused outright
 * (a real name is written in one alphabet), and names are compared after the Cyrillic and Greek
 * letters that look like Latin ones are read as those (so an all-Cyrillic "Асе" matches "Ace").
 */
export const MIXED_SCRIPTS_MESSAGE =
  "Write this name in one alphabet: Latin letters mixed with Cyrillic or Greek ones can make it " +
  "look like another person's name.";

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** True when a name has both Latin letters and Cyrillic or Greek ones. */
export function mixesScripts(name: string): boolean {
  const text = name.normalize("NFKC");
  return LATIN.test(text) && CYRILLIC_OR_GREEK.test(text);
}

/**
 * Cyrillic and Greek letters that look like a Latin one (capitals, then small letters), each paired
 * by position with the Latin letter it passes for.
 */
const TWINS = new Map(
  [
    ["АВЕЅІЈКМНОРСТУХҮӀԚԜ", "ABESIJKMHOPCTYXYIQW"],
    ["аеѕіјһԁорсухүӏԛԝ", "aesijhdopcyxylqw"],
    ["ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"],
    ["αγικνορυχ", "ayikvopux"],
  ].flatMap(([from, to]) => [...from!].map((letter, i) => [letter, to![i]!] as const)),
);

/** How names are compared for look-alikes: nameKey, with Cyrillic and Greek twins read as Latin. */
export function lookAlikeKey(name: string): string {
  return nameKey(name.normalize("NFKC").replace(/./gsu, (letter) => TWINS.get(letter) ?? letter));
}
