/** Schemes an author's link or image may use; anything else (javascript:, data:, vbscript:) is dropped. */
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:` still runs.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (!scheme) return true; // relative: same site
  return ALLOWED_SCHEMES.has(scheme);
}

/** True for absolute links to another site, which get an "external" mark. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}
