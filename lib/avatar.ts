/**
 * The picture for a mentor without one: their initials on a colour picked from their id, so a
 * mentor keeps the same colour wherever they appear and a rename changes only the letters. Made
 * here, as markup: no image service is asked, and nothing is fetched.
 */

/** Up to two letters: the first of the first and last words ("Ada Okafor" → "AO"). */
export function initials(name: string): string {
  const words = name
    .split(/[\s\-_.]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ""))
    .filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : "";
  return (first + last).toLocaleUpperCase("en");
}

/**
 * Background colours for the initials, each dark enough for white text (at least 4.5:1), calm
 * enough to sit beside the site's indigo.
 */
export const AVATAR_COLOURS = [
  "#4338ca", // indigo-700
  "#0f766e", // teal-700
  "#b45309", // amber-700
  "#be123c", // rose-700
  "#6d28d9", // violet-700
  "#15803d", // green-700
  "#0369a1", // sky-700
  "#a21caf", // fuchsia-700
] as const;

/** The same id always gets the same colour (FNV-1a: short, stable and well spread). */
export function avatarColour(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length]!;
}
