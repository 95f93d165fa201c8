/**
 * Stored names are made by the server from the uploader's file name, which is only a label:
 * "My Diagram.PNG" becomes `my-diagram.png` (lower-case ASCII letters, digits and single dashes,
 * the extension of the type the bytes hold), with `-2`, `-3`… when the name is taken. Uploads from
 * before readable names (`<24 hex>.png`) have names of the same shape and keep working.
 */
export const MEDIA_NAME_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:png|jpg|webp|gif|avif)";
/** The longest stored name; a stem is cut well below it so a suffix always fits. */
export const MAX_MEDIA_NAME = 100;
const MAX_STEM = 60;

export const MEDIA_NAME = new RegExp(`^(?=.{1,${MAX_MEDIA_NAME}}$)${MEDIA_NAME_PATTERN}$`);

export const mediaUrl = (name: string) => `/media/${name}`;

/**
 * The readable part of a stored name. Accents are folded (é → e); anything else that is not an
 * ASCII letter or digit (slashes, dots, NUL, direction overrides, look-alike letters from other
 * scripts) becomes a dash, so no label can make a path, hide its real ending or pass for another
 * name. A label with nothing usable becomes "image".
 */
export function mediaStem(label: string): string {
  const stem = label
    .replace(/\.[^.]*$/, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_STEM)
    .replace(/-+$/, "");
  return stem || "image";
}

/**
 * The first free name for an upload labelled `label` holding an image of type `extension`:
 * `stem.ext`, then `stem-2.ext`, `stem-3.ext`… `taken` must answer for every stored or recorded
 * name, whoever uploaded it: a new upload never replaces a file.
 */
export function mediaNameFor(
  label: string,
  extension: string,
  taken: (name: string) => boolean,
): string {
  const stem = mediaStem(label);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.${extension}` : `${stem}-${n}.${extension}`;
    if (!taken(name)) return name;
  }
}

/** What a mentor reads for an upload: its name without the extension ("my-diagram"). */
export const mediaLabel = (name: string) => name.replace(/\.[a-z]+$/, "");

/** Whether an upload's name holds every word of a search ("My Diagram" finds my-diagram-2.png). */
export function matchesMediaQuery(name: string, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.every((word) => name.includes(word));
}

/** A first description for a copied snippet, from the name: "my diagram" for my-diagram.png. */
export const altFromName = (name: string) => mediaLabel(name).replace(/-/g, " ");
