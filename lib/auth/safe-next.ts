/** Where sign-in lands when `next` is missing or refused. */
export const DEFAULT_NEXT = "/admin";

const PROBE = "http://x";
/** Backslashes, whitespace and controls: browsers drop or reinterpret them (`/\evil`, `/\t/evil`). */
const UNSAFE_CHARACTERS = /[\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\ufeff]/;
/** Encoded slash, backslash, dot, percent (double encoding) and controls: no admin page needs them. */
const ENCODED_TRICKS = /%(?:2f|5c|2e|25|[01][0-9a-f]|7f)/i;

/**
 * The page to open after signing in: an admin page on this site, or `/admin`. The value comes from
 * the address bar (`/signin?next=…`), so anyone can write it: it must resolve on this origin, be
 * already normalised (no `..`, `.` or `//` that the browser would rewrite, as in
 * `/admin/..//evil.example`) and stay under /admin. Anything doubtful is replaced, not repaired.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 500) return DEFAULT_NEXT;
  if (UNSAFE_CHARACTERS.test(next) || ENCODED_TRICKS.test(next)) return DEFAULT_NEXT;
  if (!next.startsWith("/") || next.startsWith("//")) return DEFAULT_NEXT;
  let url: URL;
  try {
    url = new URL(next, PROBE);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== PROBE) return DEFAULT_NEXT;
  // The path as written must be the path the browser will use: no dot segments, no empty ones.
  const written = next.split(/[?#]/, 1)[0];
  if (written !== url.pathname || url.pathname.includes("//")) return DEFAULT_NEXT;
  if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return DEFAULT_NEXT;
  return url.pathname + url.search;
}
