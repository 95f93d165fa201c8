/** Slugs are lowercase kebab-case: they become file names and URLs, so nothing else is accepted. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;

export function isValidSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * A slug made from a title, as the editor suggests it: "Hello, World!" → "hello-world". The only
 * slug maker for posts (tags keep their own spelling rules in lib/content/tags.ts).
 */
export function slugify(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // "A mentor's notes" → "a-mentors-notes", as a reader would type it, not "a-mentor-s-notes".
      .replace(/(\w)['’](\w)/g, "$1$2")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "")
  );
}
