import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ADMIN_BASE_URL, E2E_ROOT } from "../support/env";
import { scaled } from "../support/slowness";
import { formAction, NOBODY, postVersion, replay } from "./action-replay";
import { AttackRun, CONTENT_KEY, excerpt, exclusively, report } from "./attack-kit";
import { storageStateOf, unique, USERS } from "./support";

/**
 * Requests a browser never sends, aimed at the running admin server: Next's internal headers (the
 * middleware-subrequest bypass of CVE-2025-29927, RSC and prefetch requests, a bogus action id)
 * without a session, and names that try to climb out of their folder on every route with a
 * parameter. Each must answer a redirect to sign-in or a 4xx, show nothing private, and change no
 * file (attack-kit.ts).
 */

const SECRET = `outside-secret-${unique()}`;
let draft: { slug: string; title: string };

/** Text found only on signed-in admin pages, or in the owner's private draft. */
const adminOnly = () => [
  draft.title,
  USERS.owner.email,
  "Invite a mentor",
  'data-testid="signed-in-as"',
  "Sign out",
];

async function client(storageState: "owner" | "nobody"): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: ADMIN_BASE_URL,
    storageState: storageState === "nobody" ? NOBODY : storageStateOf("owner"),
  });
}

test.beforeAll(async () => {
  // A private draft of the owner's, made through the real action, and a secret outside the folders.
  draft = { slug: `attack-req-${unique()}`, title: `Private draft ${unique()}` };
  await exclusively(async () => {
    const saved = await replay(
      formAction("savePostAction", "/admin/posts/new", {
        intent: "save",
        originalSlug: "",
        version: "",
        title: draft.title,
        slug: draft.slug,
        body: `Private body ${SECRET}.`,
      }),
      "owner",
    );
    expect(saved.text).toContain("Draft saved.");
  });
  // Planted while no attack is measuring the folders (the test root's files are watched too).
  await exclusively(async () =>
    fs.writeFileSync(path.join(E2E_ROOT, "outside-secret.txt"), `${SECRET}\n`),
  );
});

test("Next's internal headers do not open the admin without a session", async () => {
  test.setTimeout(scaled(120_000));
  const run = new AttackRun();
  const http = await client("nobody");
  const targets = [
    "/admin",
    `/admin/posts/${draft.slug}`,
    `/admin/posts/${draft.slug}/history`,
    "/admin/posts/new",
    "/admin/accounts",
    "/admin/history",
    "/admin/media",
    `/api/preview?slug=${draft.slug}`,
    "/preview/not-a-token",
    `/preview/${Buffer.from(JSON.stringify({ slug: draft.slug, exp: 4e12 })).toString("base64url")}.x`,
  ];
  const stateTree = encodeURIComponent(
    JSON.stringify(["", { children: ["(admin)", { children: ["admin", {}] }] }, null, null, true]),
  );
  const headerSets: Record<string, string>[] = [
    ...[
      "middleware",
      "middleware:middleware:middleware:middleware:middleware",
      "src/middleware",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
      "proxy",
      "proxy:proxy:proxy:proxy:proxy",
      "pages/_middleware",
    ].map((value) => ({ "x-middleware-subrequest": value })),
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1" },
    { RSC: "1", "Next-Router-State-Tree": stateTree },
    { "x-nextjs-data": "1" },
    { "x-middleware-prefetch": "1", purpose: "prefetch" },
  ];
  for (const target of targets) {
    for (const headers of headerSets) {
      const label = `GET ${target} ${JSON.stringify(headers).slice(0, 70)}`;
      await run.attempt(label, async () => {
        let response = await http.get(target, { headers, maxRedirects: 0 });
        let location = response.headers()["location"] ?? "";
        // An RSC request without Next's cache-busting `_rsc` parameter is first sent to the same
        // address with it: follow that one hop, with the same headers.
        if (/[?&]_rsc/.test(location) && !location.includes("/signin"))
          response = await http.get(location, { headers, maxRedirects: 0 });
        location = response.headers()["location"] ?? "";
        const body = await response.text();
        const status = response.status();
        // A redirect to sign-in (the page's own, or as an RSC redirect instruction), or not found.
        const refused =
          (status >= 300 && status < 400 && /\/signin/.test(location)) ||
          (status >= 400 && status < 500) ||
          (status === 200 && /NEXT_REDIRECT;[a-z]+;\/signin/.test(body)) ||
          // A middleware prefetch is answered with an empty JSON object: nothing is rendered.
          (status === 200 && "x-middleware-prefetch" in headers && body.trim() === "{}") ||
          // RSC requests get React's stream: for a prefetch only the route's own segments, for a
          // page the sign-in redirect or not-found (the leak checks below prove it holds nothing).
          (status === 200 && /text\/x-component/.test(response.headers()["content-type"] ?? "")) ||
          // Next's own answer to a state tree it cannot parse: no page is rendered.
          (status === 500 &&
            "Next-Router-State-Tree" in headers &&
            body.trim() === "Internal Server Error");
        expect.soft(refused, `${label}: ${status} ${location} ${excerpt(body)}`).toBe(true);
        for (const text of [...adminOnly(), SECRET])
          expect.soft(body, `${label}: leaks ${text}`).not.toContain(text);
      });
    }
  }
  // A POST with an action id that does not exist, to every page, with and without the bypass.
  for (const target of targets.slice(0, 6)) {
    const bypass = { "x-middleware-subrequest": "middleware:middleware:middleware" };
    for (const extra of [{}, bypass] as Record<string, string>[]) {
      const label = `POST ${target} Next-Action: bogus ${JSON.stringify(extra)}`;
      await run.attempt(
        label,
        async () => {
          const response = await http.post(target, {
            headers: { "Next-Action": "00".repeat(21), accept: "text/x-component", ...extra },
            data: '["x"]',
            maxRedirects: 0,
          });
          const body = await response.text();
          const status = response.status();
          expect.soft([200, 500], `${label}: ${status} ${excerpt(body)}`).not.toContain(status);
          for (const text of [...adminOnly(), SECRET])
            expect.soft(body, `${label}: leaks ${text}`).not.toContain(text);
        },
        { reach: [CONTENT_KEY(`posts/${draft.slug}.mdx`)] },
      );
    }
  }
  // The same requests do reach a signed-in owner: the refusals are the missing session's doing,
  // and the leak checks would see admin content in an RSC stream.
  const owner = await client("owner");
  const page = await owner.get(`/admin/posts/${draft.slug}`, { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(draft.title);
  const stream = await owner.get(`/admin/accounts?_rsc=x`, { headers: { RSC: "1" } });
  expect(await stream.text()).toContain(USERS.owner.email);
  await owner.dispose();
  await http.dispose();
  expect(postVersion(draft.slug)).toHaveLength(32);
  report(run);
});

/** Names that try to leave their folder, or are not names at all, as they appear in a URL path. */
const EVIL_SEGMENTS = [
  "..%2Fx",
  "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fadmin-data%2faccounts.json",
  "..%252F..%252Fetc%252Fpasswd",
  "%2Fetc%2Fpasswd",
  "..%5C..%5Cx",
  "..%5Caccounts.json",
  "a%00b",
  "x".repeat(500),
  "UPPER-CASE",
  "%C3%A9t%C3%A9-%F0%9F%98%80",
  "..%2Foutside-secret.txt",
  "..%2F..%2Foutside-secret.txt",
  "..%2F..%2F..%2Foutside-secret",
];

test("names that climb out of their folder are not found on any route", async () => {
  test.setTimeout(scaled(120_000));
  const run = new AttackRun();
  const http = await client("nobody");
  const owner = await client("owner");
  const routes: [string, (evil: string) => string, APIRequestContext][] = [
    ["blog", (evil) => `/blog/${evil}`, http],
    ["og", (evil) => `/og/${evil}`, http],
    ["media", (evil) => `/media/${evil}`, http],
    ["tags", (evil) => `/tags/${evil}`, http],
    ["tag feed", (evil) => `/tags/${evil}/feed.xml`, http],
    ["authors", (evil) => `/authors/${evil}`, http],
    ["editor (owner)", (evil) => `/admin/posts/${evil}`, owner],
    ["post history (owner)", (evil) => `/admin/posts/${evil}/history`, owner],
    ["draft preview (owner)", (evil) => `/api/preview?slug=${evil}`, owner],
  ];
  // Plain "../" is resolved by every HTTP client before sending; these are sent as they are.
  // `%2e%2e` is `..` to the URL standard, so it is resolved the same way.
  const raw = [
    "/blog/../admin",
    "/media/../../etc/passwd",
    "/og/..%2f..%2f..%2fpackage.json",
    "/blog/%2e%2e",
    "/media/%2e%2e/%2e%2e/etc/passwd",
    "/admin/posts/%2e%2e",
  ];
  for (const [name, url, as] of routes) {
    for (const evil of EVIL_SEGMENTS) {
      const target = url(evil);
      const label = `GET ${name}: ${target.length > 90 ? `${target.slice(0, 90)}…` : target}`;
      await run.attempt(label, async () => {
        const response = await as.get(target, { maxRedirects: 0 });
        const body = await response.text();
        expect
          .soft([400, 404], `${label}: ${response.status()} ${excerpt(body)}`)
          .toContain(response.status());
        for (const text of ["root:x:0:0", SECRET, "passwordHash", '"name": "mentor-blog"'])
          expect.soft(body, `${label}: leaks ${text}`).not.toContain(text);
      });
    }
  }
  for (const target of raw) {
    await run.attempt(`GET ${target}`, async () => {
      const response = await http.get(target, { maxRedirects: 0 });
      const body = await response.text();
      expect.soft(response.status(), `${target}`).not.toBe(500);
      for (const text of ["root:x:0:0", SECRET, '"name": "mentor-blog"'])
        expect.soft(body, `${target}: leaks ${text}`).not.toContain(text);
    });
  }
  await http.dispose();
  await owner.dispose();
  report(run);
});
