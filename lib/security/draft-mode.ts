import { timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Next's build folder, as next.config.ts sets it: tests and benchmarks build into their own. */
export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

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
