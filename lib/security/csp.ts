import { createHash } from "node:crypto";
import { themeBootScript } from "../theme";

/** The dark-mode script runs before the first paint, inline: it is allowed by its hash. */
const themeScriptHash = `'sha256-${createHash("sha256").update(themeBootScript).digest("base64")}'`;

/**
 * The site's Content-Security-Policy. Scripts, styles, images, fonts and requests come only from
 * this site (reading never contacts a third party); no plugins, no framing, no <base> hijacking.
 *
 * With a nonce (pages rendered per request: the admin, sign-in, search, previews and draft mode),
 * only scripts carrying it run, plus what they load ('strict-dynamic') and the theme script: an
 * injected inline script or event handler is blocked. Without one (statically generated reader
 * pages, which are the same bytes for everyone and so cannot carry a per-request nonce) Next's
 * inline bootstrap needs 'unsafe-inline'; there, MDX sanitising (lib/mdx) is what keeps script out.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic' ${themeScriptHash}`
    : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Paths rendered per request for one person, where proxy.ts sets a nonce policy. Draft mode (the
 * `__prerender_bypass` cookie) renders any reader page per request too.
 */
export const PER_REQUEST_PATHS = [
  "admin",
  "signin",
  "setup",
  "invite",
  "reset",
  "preview",
  "search",
];
export const DRAFT_MODE_COOKIE = "__prerender_bypass";
