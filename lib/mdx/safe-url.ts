import { env } from "@/lib/env";

/** Schemes an author's link or image may use; anything else (javascript:, data:, vbscript:) is dropped. */
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:` still runs.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (!scheme) return true; // relative: same site
  return ALLOWED_SCHEMES.has(scheme);
}

/**
 * Two made-up origins a value is resolved against, one per scheme: `https:/host/x` is a path on an
 * https page but another host on an http one, and a post does not know which way it is served.
 */
const PROBES = ["http://site.invalid", "https://site.invalid"] as const;

/**
 * Characters a browser strips or reads as a slash before resolving (`/\host`, `/\t/host`), and
 * spaces and controls that have no place in a site address.
 */
const UNSAFE_CHARACTERS = /[\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\ufeff]/;
/** Encoded slash, backslash, dot, percent (double encoding) and controls: no file here needs them. */
const ENCODED_TRICKS = /%(?:2f|5c|2e|25|[01][0-9a-f]|7f)/i;

function resolve(value: string, origin: string): URL | undefined {
  try {
    return new URL(value, `${origin}/blog/post/`);
  } catch {
    return undefined;
  }
}

/**
 * True only for an address on this site: a path (`/media/…`, `images/x.png`) or an absolute URL on
 * the configured origin. The one check for every image that must not come from another host (MDX
 * images and `<Figure>`, post thumbnails, author avatars), and for links the site routes itself.
 * The value must resolve to the same origin whichever way the page is served, and must not hide a
 * second slash behind a backslash, a tab or an encoding (`/\evil.example`, `https:/evil.example`,
 * `/%2F/evil.example`).
 */
export function isSiteUrl(value: string): boolean {
  if (typeof value !== "string" || value === "" || value.length > 2000) return false;
  if (UNSAFE_CHARACTERS.test(value) || ENCODED_TRICKS.test(value)) return false;
  // The origin from the environment, not siteConfig: this check also runs in the editor, in the
  // browser, where the settings file cannot be read.
  const origin = env.siteUrl();
  const path = value.startsWith(`${origin}/`) ? value.slice(origin.length) : value;
  // A scheme (even this site's, when not spelled exactly as configured) or a host: not a site path.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) return false;
  return PROBES.every((origin) => resolve(path, origin)?.origin === origin);
}

/**
 * A site path starting with `/` (`/media/…`, `/images/x.svg`): the form thumbnails and avatars take,
 * since they are shown on pages at other depths than the post.
 */
export function isSitePath(value: string): boolean {
  return typeof value === "string" && value.startsWith("/") && isSiteUrl(value);
}

/**
 * True for links that leave the site over http(s), which get an "external" mark and `noopener`:
 * absolute and protocol-relative URLs, and disguised ones like `/\evil.example`.
 */
export function isExternalUrl(url: string): boolean {
  const value = url.trim();
  if (!value || isSiteUrl(value)) return false;
  return PROBES.some((origin) => {
    const resolved = resolve(value, origin);
    return (
      resolved !== undefined &&
      resolved.origin !== origin &&
      (resolved.protocol === "http:" || resolved.protocol === "https:")
    );
  });
}
