import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
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

// Review, second round (finding 8): the draft-mode cookie is one value for the whole build; without
// a session cookie it is dropped and the visitor gets the ordinary cached page.
describe("a draft-mode cookie without a session cookie is dropped", () => {
  const LIVE = "0123456789abcdef0123456789abcdef";
  const STATIC_POLICY = /script-src 'self' 'unsafe-inline';/;
  let dist: string;
  let proxy: (request: NextRequest) => Response;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    fs.writeFileSync(
      path.join(dist, "prerender-manifest.json"),
      JSON.stringify({ preview: { previewModeId: LIVE } }),
    );
    vi.stubEnv("NEXT_DIST_DIR", path.relative(process.cwd(), dist));
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    ({ proxy } = await import("@/proxy"));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const visit = (pathname: string, cookie: string) =>
    proxy(new NextRequest(`http://blog.example${pathname}`, { headers: { cookie } }));
  /** The Cookie header the page will see (null: none at all). */
  const cookieSeen = (response: Response) => response.headers.get("x-middleware-request-cookie");
  const forgets = (response: Response) =>
    /__prerender_bypass=; Path=\/; Max-Age=0/.test(response.headers.get("set-cookie") ?? "");

  test("a reader page gets the ordinary static page: no cookie for Next, the static policy, and the browser forgets it", () => {
    const response = visit("/blog/hello", `theme=dark; __prerender_bypass=${LIVE}; other=1`);
    expect(cookieSeen(response)).toBe("theme=dark; other=1");
    expect(response.headers.get("content-security-policy")).toMatch(STATIC_POLICY);
    expect(response.headers.get("content-security-policy")).not.toContain("nonce-");
    expect(forgets(response)).toBe(true);
  });

  test("with no other cookie, the request goes on with no Cookie header at all", () => {
    const response = visit("/", `__prerender_bypass=${LIVE}`);
    expect(response.headers.get("x-middleware-override-headers") ?? "").not.toContain("cookie");
    expect(cookieSeen(response)).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(forgets(response)).toBe(true);
  });

  test("admin and sign-in pages keep their nonce policy, without the cookie", () => {
    const response = visit("/signin", `__prerender_bypass=${LIVE}`);
    expect(response.headers.get("content-security-policy")).toContain("'nonce-");
    expect(cookieSeen(response)).toBeNull();
    expect(forgets(response)).toBe(true);
  });

  test.each([
    "authjs.session-token=abc",
    "__Secure-authjs.session-token=abc",
    "__Secure-authjs.session-token.0=abc; __Secure-authjs.session-token.1=def",
  ])("with a session cookie (%s) draft mode stays on, for the page to check", (session) => {
    const cookie = `${session}; __prerender_bypass=${LIVE}`;
    const response = visit("/blog/hello", cookie);
    expect(cookieSeen(response)).toBe(cookie);
    expect(response.headers.get("content-security-policy")).toContain("'nonce-");
    expect(forgets(response)).toBe(false);
  });

  test("a cookie that only looks like a session cookie does not count", () => {
    for (const fake of ["authjs.session-token-x=1", "next-auth.csrf-token=1", "session-token=1"]) {
      const response = visit("/blog/hello", `${fake}; __prerender_bypass=${LIVE}`);
      expect(cookieSeen(response), fake).toBe(fake);
      expect(forgets(response), fake).toBe(true);
    }
  });

  test("a stale cookie with a session is still dropped by the stale-cookie rule", () => {
    const response = visit("/blog/hello", "authjs.session-token=abc; __prerender_bypass=stale");
    expect(response.headers.get("content-security-policy")).toMatch(STATIC_POLICY);
    expect(forgets(response)).toBe(true);
  });
});
