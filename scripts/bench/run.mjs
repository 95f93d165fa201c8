// npm run bench [-- --sizes 100,1000,5000 --duration 10 --runs 5 --lighthouse 3]
// Builds and serves the blog at several sizes of synthetic content and records build time and
// memory, first-load JavaScript, page weights, throughput against a static ceiling, publish-to-
// visible time and admin/search server times. Writes docs/performance.json and docs/PERFORMANCE.md.
import autocannon from "autocannon";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { firstLoadJs } from "../first-load-js.mjs";
import { buildFloor } from "./floor.mjs";
import { generatePosts } from "./generate-posts.mjs";
import { writeLongPost } from "./long-post.mjs";
import { runLighthouse } from "./lighthouse.mjs";
import { runMeasured, startServer, startStaticServer, timeGet, versions } from "./measure.mjs";
import { ensureNginx, startNginx } from "../nginx-proxy.mjs";
import { measureOnDemand, PRERENDER_POSTS } from "./on-demand.mjs";
import { openAdmin } from "./publish-flow.mjs";
import { writeReport } from "./report.mjs";

const { values: opts } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,5000" },
    duration: { type: "string", default: "10" },
    runs: { type: "string", default: "5" },
    lighthouse: { type: "string", default: "5" },
  },
});
const sizes = opts.sizes.split(",").map(Number);
const withNginx = ensureNginx();
const root = path.join(os.tmpdir(), "mentor-blog-bench");
const PORT = 3901;
const STATIC_PORT = 3902;
const NGINX_PORT = 3903;
const FLOOR_PORT = 3904;
const FLOOR_NGINX_PORT = 3905;
const base = `http://localhost:${PORT}`;

async function load(url, duration) {
  const result = await autocannon({ url, connections: 50, duration, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Lighthouse on the reader pages, and on the floor: the long post's HTML in a bare Next.js page
 * (./floor.mjs), served the same way (through its own nginx when `url` is nginx's).
 */
async function phoneFigures(url, pages) {
  const runs = Number(opts.lighthouse);
  const figures = {};
  for (const [name, pagePath] of Object.entries(pages))
    figures[name] = await runLighthouse(`${url}${pagePath}`, runs);
  const floorDir = path.resolve(".next-bench-floor");
  console.log("building the floor (a bare Next.js page with the long post's HTML)…");
  const next = await buildFloor(`${base}${pages.longPost}`, floorDir);
  const floor = await startServer(
    next.command,
    [...next.args, "start", "--hostname", "127.0.0.1", "--port", String(FLOOR_PORT)],
    { NEXT_TELEMETRY_DISABLED: "1" },
    `http://127.0.0.1:${FLOOR_PORT}/`,
    floorDir,
  );
  let proxy;
  try {
    if (url !== base)
      proxy = await startNginx({
        dir: path.join(root, "floor-nginx"),
        listenPort: FLOOR_NGINX_PORT,
        appPort: FLOOR_PORT,
      });
    figures.floor = await runLighthouse(`${proxy?.url ?? `http://localhost:${FLOOR_PORT}`}/`, runs);
  } finally {
    proxy?.stop();
    floor.stop();
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
  return figures;
}

async function headerOf(url, name, headers = {}) {
  const res = await fetch(url, { headers, redirect: "manual" });
  await res.arrayBuffer();
  return res.headers.get(name);
}

async function measureSize(size) {
  const dir = path.join(root, String(size));
  const contentDir = path.join(dir, "content");
  const dataDir = path.join(dir, "data");
  const distDir = `.next-bench-${size}`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(distDir, { recursive: true, force: true });
  const { firstSlug, lastSlug, tagSlug } = generatePosts(contentDir, size);
  // The long post is the oldest, so it is built only where every post is (the smallest size,
  // where Lighthouse runs).
  const longSlug = writeLongPost(contentDir);
  const env = {
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    NEXT_DIST_DIR: distDir,
    SITE_URL: base,
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  console.log(`[${size}] building…`);
  // The product build: the content check runs beside `next build` (scripts/build.mjs).
  const build = await runMeasured("node", ["scripts/build.mjs"], env);
  console.log(
    `[${size}] built in ${build.seconds.toFixed(1)} s, peak ${(build.peakBytes / 2 ** 30).toFixed(2)} GB`,
  );

  const server = await startServer(
    "npx",
    ["next", "start", "--hostname", "127.0.0.1"],
    env,
    `${base}/`,
  );
  try {
    // Before anything else opens an old post: the 20 oldest after the first (which the load test
    // uses) were left out of the build when there are more than PRERENDER_POSTS + 21 posts.
    const onDemand =
      size > PRERENDER_POSTS + 21
        ? await measureOnDemand(
            base,
            Array.from({ length: 20 }, (_, i) => `synthetic-post-${i + 2}`),
            lastSlug,
          )
        : undefined;
    if (onDemand)
      console.log(
        `[${size}] older post, first request p95 ${Math.round(onDemand.firstP95Ms)} ms, later ${Math.round(onDemand.laterMedianMs)} ms`,
      );
    const pages = {
      home: "/",
      post: `/blog/${firstSlug}`,
      tag: `/tags/${tagSlug}`,
      author: "/authors/bench-author",
      search: "/search?q=mentor",
    };
    const weights = {};
    for (const [name, pagePath] of Object.entries(pages))
      weights[name] = await firstLoadJs(`${base}${pagePath}`);
    weights.longPost = await firstLoadJs(`${base}/blog/${longSlug}`);

    console.log(`[${size}] load test…`);
    const duration = Number(opts.duration);
    const app = await load(`${base}${pages.post}`, duration);
    const html = await (await fetch(`${base}${pages.post}`)).text();
    const staticServer = await startStaticServer(new Map([[pages.post, html]]), STATIC_PORT);
    const ceiling = await load(`http://127.0.0.1:${STATIC_PORT}${pages.post}`, duration);
    staticServer.close();

    console.log(`[${size}] publish and admin timings…`);
    const admin = await openAdmin(base);
    let proxy;
    try {
      const publish = await admin.publish(base);
      const runs = Number(opts.runs);
      const adminListMs = await timeGet(`${base}/admin`, runs, { cookie: admin.cookies });
      const searchMs = await timeGet(`${base}/search?q=mentor+review`, runs);
      const cacheControl = {
        post: await headerOf(`${base}${pages.post}`, "cache-control"),
        home: await headerOf(`${base}/`, "cache-control"),
        admin: await headerOf(`${base}/admin`, "cache-control", { cookie: admin.cookies }),
      };
      // Lighthouse goes through nginx when it is installed, as readers reach a deployed blog.
      const lighthouseAt =
        size === Math.min(...sizes) && Number(opts.lighthouse) > 0
          ? (url) =>
              phoneFigures(url, {
                home: "/",
                post: pages.post,
                longPost: `/blog/${longSlug}`,
              })
          : undefined;
      let lighthouse = withNginx ? undefined : await lighthouseAt?.(base);
      if (withNginx) {
        console.log(`[${size}] through nginx…`);
        const nginx = await startNginx({
          dir: path.join(dir, "nginx"),
          listenPort: NGINX_PORT,
          appPort: PORT,
        });
        try {
          await fetch(`${nginx.url}${pages.post}`);
          const viaProxy = await load(`${nginx.url}${pages.post}`, duration);
          lighthouse = await lighthouseAt?.(nginx.url);
          const published = await admin.publish(nginx.url);
          proxy = {
            load: viaProxy,
            ratio: viaProxy.requestsPerSecond / ceiling.requestsPerSecond,
            publish: published,
            adminCacheStatus: await headerOf(`${nginx.url}/admin`, "x-cache-status", {
              cookie: admin.cookies,
            }),
          };
        } finally {
          nginx.stop();
        }
      }
      return {
        size,
        build: {
          seconds: build.seconds,
          peakGB: build.peakBytes / 2 ** 30,
          prerenderPosts: Math.min(size, PRERENDER_POSTS),
        },
        onDemand,
        weights,
        load: { app, ceiling, ratio: app.requestsPerSecond / ceiling.requestsPerSecond },
        publish,
        adminListMs,
        searchMs,
        cacheControl,
        proxy,
        lighthouse,
      };
    } finally {
      await admin.close();
    }
  } finally {
    server.stop();
    fs.rmSync(distDir, { recursive: true, force: true });
  }
}

const results = [];
for (const size of sizes) results.push(await measureSize(size));
const report = {
  command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
  },
  versions: versions(),
  results,
};
fs.mkdirSync("docs", { recursive: true });
// The last run's figures stay beside the new ones in the report.
const previous = fs.existsSync("docs/performance.json")
  ? JSON.parse(fs.readFileSync("docs/performance.json", "utf8"))
  : undefined;
fs.writeFileSync("docs/performance.json", JSON.stringify(report, null, 2) + "\n");
writeReport(report, "docs/PERFORMANCE.md", previous);
console.log("Wrote docs/performance.json and docs/PERFORMANCE.md");
