import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { NGINX_AVAILABLE, PROXY_BASE_URL } from "../support/env";
import { clickAndConfirm, createDraft, waitForStatus, waitForText } from "./helpers";
import { storageStateOf, USERS } from "./support";

/**
 * The shipped nginx configuration (deploy/nginx/mentor-blog.conf), run in front of the admin test
 * server: readers are served from its cache, mentors and admin pages never are, and a publish
 * still reaches readers of the proxy.
 */
test.skip(!NGINX_AVAILABLE, "nginx is not installed (apt-get install nginx); .ci/run installs it");
test.use({ baseURL: PROXY_BASE_URL });

const NOBODY = { cookies: [], origins: [] };
const readerViaProxy = () => request.newContext({ baseURL: PROXY_BASE_URL, storageState: NOBODY });

const cacheStatus = async (client: APIRequestContext, path: string, headers = {}) =>
  (await client.get(path, { headers, maxRedirects: 0 })).headers()["x-cache-status"];

test("readers get cached pages that keep the app's security headers", async () => {
  const reader = await readerViaProxy();
  // The first request may fill the cache; requests right after are answered from it.
  await expect
    .poll(() => cacheStatus(reader, "/"), { timeout: 10_000, intervals: [50] })
    .toMatch(/^(HIT|UPDATING|STALE)$/);
  const res = await reader.get("/");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["cache-control"]).toContain("stale-while-revalidate");
  await reader.dispose();
});

test("client-side navigation payloads and HTML are cached apart", async () => {
  const reader = await readerViaProxy();
  for (let i = 0; i < 3; i++) {
    const payload = await reader.get("/", { headers: { RSC: "1" } });
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    const html = await reader.get("/");
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(await html.text()).toMatch(/^<!DOCTYPE html>/i);
  }
  await reader.dispose();
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("a mentor's requests and admin pages never come from or go into the cache", async ({
    request: owner,
  }) => {
    expect(await cacheStatus(owner, "/")).toBe("BYPASS");
    const admin = await owner.get("/admin");
    expect(admin.status()).toBe(200);
    expect(admin.headers()["cache-control"]).toContain("no-store");
    expect(admin.headers()["x-cache-status"]).toBeUndefined();
    expect(await admin.text()).toContain(USERS.owner.name);

    // A reader asking right after gets the sign-in redirect, never the owner's page.
    const reader = await readerViaProxy();
    const refused = await reader.get("/admin", { maxRedirects: 0 });
    expect(refused.status()).toBeGreaterThanOrEqual(300);
    expect(refused.status()).toBeLessThan(400);
    expect(refused.headers()["location"]).toContain("/signin");
    expect(await refused.text()).not.toContain(USERS.owner.name);
    await reader.dispose();
  });

  test("a post published through the proxy reaches the proxy's readers", async ({ page }) => {
    const { title, slug } = await createDraft(page);
    const reader = await readerViaProxy();
    // Readers asked before it was published: the cached 404 and home page must not stick.
    expect((await reader.get(`/blog/${slug}`)).status()).toBe(404);
    expect(await (await reader.get("/")).text()).not.toContain(title);

    await clickAndConfirm(page, "Publish now", "Published. Readers can see it now.");
    await waitForStatus(reader, `/blog/${slug}`, 200);
    await waitForText(reader, `/blog/${slug}`, title);
    await waitForText(reader, "/", title);
    await reader.dispose();
  });
});
