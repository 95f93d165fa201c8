import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasNginx, startNginx } from "../scripts/nginx-proxy.mjs";

/**
 * The shipped nginx configuration (deploy/nginx/mentor-blog.conf), run by nginx itself in front of
 * a small stand-in app whose answers the tests change at will: what nginx caches, for how long,
 * and which client address it passes on.
 */

type Seen = { headers: http.IncomingHttpHeaders };
const app = { version: 1, failing: false, seen: [] as Seen[] };

// The app's reader-page headers, as Next sends them, plus an nginx-specific lifetime: all ignored.
const READER_HEADERS = {
  "cache-control": "s-maxage=300, stale-while-revalidate",
  "x-accel-expires": "300",
  expires: new Date(Date.now() + 3_600_000).toUTCString(),
};

const upstream = http.createServer((req, res) => {
  app.seen.push({ headers: req.headers });
  if (req.url?.startsWith("/echo")) {
    res.writeHead(200, {
      "content-type": "application/json",
      "cache-control": "private, no-store",
    });
    res.end(JSON.stringify(req.headers));
  } else if (req.url?.startsWith("/flaky") && app.failing) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("app error");
  } else {
    res.writeHead(200, { "content-type": "text/plain", ...READER_HEADERS });
    res.end(`version ${app.version}`);
  }
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** A quiet spell on purpose: the scenario is a reader who arrives that long after a change. */
const until = (deadline: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));

let proxy: { url: string; stop: () => void } | undefined;

const get = async (urlPath: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${proxy!.url}${urlPath}`, { headers });
  return {
    status: res.status,
    text: await res.text(),
    cache: res.headers.get("x-cache-status"),
    cacheControl: res.headers.get("cache-control"),
  };
};

/** Reads a path until nginx answers it from its cache; returns when that copy was stored. */
async function cached(urlPath: string): Promise<number> {
  let storedAt = Date.now();
  for (let i = 0; i < 50; i++) {
    const before = Date.now();
    const res = await get(urlPath);
    if (res.cache === "HIT") return storedAt;
    storedAt = before;
  }
  throw new Error(`${urlPath} never came from the cache`);
}

describe.skipIf(!hasNginx())("the shipped nginx configuration", () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const appPort = (upstream.address() as net.AddressInfo).port;
    proxy = await startNginx({
      dir: path.join(os.tmpdir(), `mentor-blog-nginx-test-${process.pid}`),
      listenPort: await freePort(),
      appPort,
    });
  });

  afterAll(async () => {
    proxy?.stop();
    await new Promise((resolve) => upstream.close(resolve));
  });

  test("the app sees the address nginx saw, never one the client wrote", async () => {
    const spoofed = { "X-Forwarded-For": "203.0.113.66", "X-Real-IP": "203.0.113.66" };
    const seen = JSON.parse((await get(`/echo?${Date.now()}`, spoofed)).text) as Record<
      string,
      string
    >;
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-real-ip"]).toBe("127.0.0.1");
  });

  test("a cached page is never served after its second, even to the first reader after a quiet spell", async () => {
    app.version = 1;
    const storedAt = await cached("/post");
    expect((await get("/post")).text).toBe("version 1");
    app.version = 2; // unpublished, edited, deleted: the app now answers differently

    // Nobody asks for 2 s; then one reader does. The old configuration answered STALE here with
    // version 1 (and would have, however long the spell), because the app's
    // stale-while-revalidate and `proxy_cache_use_stale updating` let it.
    await until(storedAt + 2000);
    const first = await get("/post");
    expect(first.text).toBe("version 2");
    expect(first.cache).not.toMatch(/STALE|UPDATING/);
  });

  test("an app failure never brings back an expired copy", async () => {
    app.failing = false;
    const storedAt = await cached("/flaky");
    app.failing = true;
    await until(storedAt + 2000);
    const res = await get("/flaky");
    app.failing = false;
    expect(res.status).toBe(500);
    expect(res.text).not.toContain("version");
    expect(res.cache).not.toBe("STALE");
  });

  test("readers and caches in front are told the same one second, fresh or from the cache", async () => {
    await cached("/headers");
    const hit = await get("/headers");
    expect(hit.cache).toBe("HIT");
    expect(hit.cacheControl).toBe("public, max-age=0, s-maxage=1");
    const miss = await get(`/headers?${Date.now()}`);
    expect(miss.cache).toBe("MISS");
    expect(miss.cacheControl).toBe("public, max-age=0, s-maxage=1");
    // Personal answers keep the app's own header.
    expect((await get("/echo")).cacheControl).toBe("private, no-store");
  });
});
