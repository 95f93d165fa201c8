import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { tagRedirectFor } from "@/lib/routing/tag-redirect";
import { createContentDir, removeContentDir } from "./support/content-fixture";

describe("renamed tags are redirected before rendering (review, December 2026)", () => {
  let dir: string;
  beforeAll(() => {
    dir = createContentDir("tag-redirect");
    fs.writeFileSync(
      path.join(dir, "tags.yml"),
      "tags:\n  careers: { name: Careers }\n  back: { name: Back }\nredirects:\n  career: careers\n  old: older\n  older: careers\n  back: careers\n",
    );
  });
  afterAll(() => removeContentDir(dir));

  test.each([
    ["/tags/career", "/tags/careers"],
    ["/tags/career/", "/tags/careers"],
    ["/tags/career/page/2", "/tags/careers/page/2"],
    ["/tags/career/feed.xml", "/tags/careers/feed.xml"],
    ["/tags/old", "/tags/careers"],
  ])("%s goes to %s", (from, to) => expect(tagRedirectFor(from)).toBe(to));

  test.each([
    "/tags/careers",
    "/tags/back", // defined again in tags.yml: a live tag wins over an old redirect
    "/tags/unknown",
    "/tags/career/page/0",
    "/tags/career/other",
    "/tags/%E0%A4%A",
    "/blog/career",
  ])("%s is left to the page", (from) => expect(tagRedirectFor(from)).toBeUndefined());

  test("a change to tags.yml is seen on the next request", () => {
    fs.writeFileSync(path.join(dir, "tags.yml"), "redirects:\n  career: jobs\n");
    expect(tagRedirectFor("/tags/career")).toBe("/tags/jobs");
  });
});

describe("a draft-mode cookie counts only when it is this build's", () => {
  let dist: string;
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    fs.writeFileSync(
      path.join(dist, "prerender-manifest.json"),
      JSON.stringify({ preview: { previewModeId: "0123456789abcdef0123456789abcdef" } }),
    );
    vi.stubEnv("NEXT_DIST_DIR", path.relative(process.cwd(), dist));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test("the build's id is live; a stale, bogus or missing one is not", async () => {
    vi.resetModules();
    const { isLiveDraftModeCookie } = await import("@/lib/security/draft-mode");
    expect(isLiveDraftModeCookie("0123456789abcdef0123456789abcdef")).toBe(true);
    for (const value of [
      "fedcba9876543210fedcba9876543210",
      "0123456789abcdef0123456789abcde",
      "0123456789abcdef0123456789abcdef0",
      "bogus",
      "",
      undefined,
    ])
      expect(isLiveDraftModeCookie(value), String(value)).toBe(false);
  });

  test("without a readable manifest no cookie turns the nonce policy on", async () => {
    vi.stubEnv("NEXT_DIST_DIR", path.join("no", "such", "dist"));
    vi.resetModules();
    const { isLiveDraftModeCookie } = await import("@/lib/security/draft-mode");
    expect(isLiveDraftModeCookie("0123456789abcdef0123456789abcdef")).toBe(false);
  });
});
