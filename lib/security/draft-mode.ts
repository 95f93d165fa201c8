import { timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
// Relative: next.config.ts loads this file, outside the "@/" alias.
import { env } from "../env";

/** Next's build folder, as next.config.ts sets it: tests and benchmarks build into their own. */
export const distDir = () => env.distDir();

let previewModeId: Buffer | null | undefined;

/** This build's draft-mode id, from the build's prerender-manifest.json (read once). */
function currentPreviewModeId(): Buffer | null {
  if (previewModeId !== undefined) return previewModeId;
  try {
    const file = path.join(process.cwd(), distDir(), "prerender-manifest.json");
    const manifest = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as {
      preview?: { previewModeId?: unknown };
    };
    const id = manifest.preview?.previewModeId;
    previewModeId = typeof id === "string" && id ? Buffer.from(id) : null;
  } catch {
    previewModeId = null;
  }
  return previewModeId;
}

/**
 * True only when a `__prerender_bypass` cookie really turns draft mode on for this build, which is
 * when Next renders the page per request. A cookie left from an earlier build (or made up) does
 * not: Next then serves the cached page, whose scripts carry no nonce.
 */
export function isLiveDraftModeCookie(value: string | undefined): boolean {
  const id = currentPreviewModeId();
  if (!value || !id) return false;
  const given = Buffer.from(value);
  return given.length === id.length && timingSafeEqual(given, id);
}

/** Auth.js's session cookie: `__Secure-` prefixed over HTTPS, split into `.0`, `.1`… when large. */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * True when a request carries a session cookie (valid or not: the page checks that). Draft mode is
 * for signed-in mentors only, and its cookie is one value for the whole build: without a session
 * cookie it is a copy in someone else's hands, or left over after signing out, and is dropped.
 */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/** A Cookie header without one cookie, every other byte kept; undefined when nothing is left. */
export function cookieHeaderWithout(header: string | null, name: string): string | undefined {
  const kept = (header ?? "")
    .split(";")
    .filter((pair) => pair.trim() && pair.split("=")[0]!.trim() !== name)
    .map((pair) => pair.trim());
  return kept.length ? kept.join("; ") : undefined;
}
