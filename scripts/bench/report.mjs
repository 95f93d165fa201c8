// Renders the benchmark results as docs/PERFORMANCE.md, each figure beside its target.
import fs from "node:fs";

const kb = (n) => `${n.toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "not seen");
const mark = (ok) => (ok ? "✅" : "❌");

/** Targets of issue #12 part 3: the build at 5,000 posts against the build at 100. */
const BUILD_RATIO = 1.2;
const BUILD_PEAK_GB = 1.5;
const FIRST_REQUEST_P95_MS = 300;
/** Issue #12 part 1, on the long post through nginx. */
const LONG_POST = { performance: 97, tbtMs: 150, cls: 0 };

const num = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/** Every row of the table for one report, keyed by size and measure so two runs line up. */
function rowsOf(report) {
  const rows = [];
  const add = (size, measure, result, target = "–", met = "–") =>
    rows.push({ key: `${size}|${measure}`, size, measure, result, target, met });
  const results = report.results ?? [];
  const smallest = results[0];
  const hundred = results.find((r) => r.size === 100);
  for (const r of results) {
    const w = r.weights;
    add(
      r.size,
      "First-load JS, post page",
      kb(w.post.gzipKB),
      "≤ 140 KB",
      mark(w.post.gzipKB <= 140),
    );
    if (w.longPost)
      add(
        r.size,
        "Long post: first-load JS (gzip) / HTML",
        `${kb(w.longPost.gzipKB)} / ${kb(w.longPost.htmlKB)}`,
      );
    add(
      r.size,
      "First-load JS, home / tag / author / search",
      `${kb(w.home.gzipKB)} / ${kb(w.tag.gzipKB)} / ${kb(w.author.gzipKB)} / ${kb(w.search.gzipKB)}`,
      "≤ 150 KB",
      mark(w.home.gzipKB <= 150 && w.tag.gzipKB <= 150 && w.author.gzipKB <= 150),
    );
    add(
      r.size,
      "HTML, home / tag / author (lists)",
      `${kb(w.home.htmlKB)} / ${kb(w.tag.htmlKB)} / ${kb(w.author.htmlKB)}`,
      `within 10 % of ${smallest.size} posts`,
      r === smallest
        ? "–"
        : mark(
            ["home", "tag", "author"].every((p) => w[p].htmlKB <= smallest.weights[p].htmlKB * 1.1),
          ),
    );
    add(r.size, "HTML, post / search", `${kb(w.post.htmlKB)} / ${kb(w.search.htmlKB)}`);
    const ratio = hundred && r !== hundred ? r.build.seconds / hundred.build.seconds : undefined;
    add(
      r.size,
      "Clean build",
      `${r.build.seconds.toFixed(1)} s${ratio ? ` (${ratio.toFixed(2)} × 100 posts)` : ""}`,
      r.size === 5000 && hundred ? `≤ ${BUILD_RATIO} × 100 posts` : "–",
      r.size === 5000 && ratio ? mark(ratio <= BUILD_RATIO) : "–",
    );
    add(
      r.size,
      "Posts rendered by the build (PRERENDER_POSTS)",
      `${r.build.prerenderPosts ?? r.size} of ${r.size}`,
    );
    add(
      r.size,
      "Build peak memory (process tree)",
      `${r.build.peakGB.toFixed(2)} GB`,
      `< ${BUILD_PEAK_GB} GB`,
      mark(r.build.peakGB < BUILD_PEAK_GB),
    );
    add(
      r.size,
      "Post page at c=50: req/s, p50, p99, errors",
      `${Math.round(r.load.app.requestsPerSecond)}, ${r.load.app.p50Ms} ms, ${r.load.app.p99Ms} ms, ${r.load.app.errors}`,
      "p99 ≤ 150 ms, no errors",
      mark(r.load.app.p99Ms <= 150 && r.load.app.errors === 0),
    );
    add(
      r.size,
      "Static ceiling (same HTML, plain Node server): req/s, p99",
      `${Math.round(r.load.ceiling.requestsPerSecond)}, ${r.load.ceiling.p99Ms} ms; app/ceiling ${(r.load.ratio * 100).toFixed(0)} %`,
    );
    add(
      r.size,
      "Publish to visible: post page / home",
      `${ms(r.publish.postMs)} / ${ms(r.publish.homeMs)}`,
      "≤ 1 s",
      mark(r.publish.postMs <= 1000 && r.publish.homeMs <= 1000),
    );
    add(
      r.size,
      "Admin posts list, server time (median)",
      ms(r.adminListMs),
      "≤ 300 ms",
      mark(r.adminListMs <= 300),
    );
    add(
      r.size,
      "Search query, server time (median)",
      ms(r.searchMs),
      "≤ 50 ms",
      mark(r.searchMs <= 50),
    );
    if (r.onDemand) {
      const o = r.onDemand;
      const same = o.headers.onDemand["cache-control"] === o.headers.prerendered["cache-control"];
      add(
        r.size,
        `Older post not built: first request p50 / p95 (${o.posts} posts)`,
        `${ms(o.firstP50Ms)} / ${ms(o.firstP95Ms)}`,
        `p95 ≤ ${FIRST_REQUEST_P95_MS} ms`,
        mark(o.firstP95Ms <= FIRST_REQUEST_P95_MS),
      );
      if (Number.isFinite(o.prerenderedMedianMs))
        add(
          r.size,
          "Older post, later requests / a built post (medians)",
          `${ms(o.laterMedianMs)} / ${ms(o.prerenderedMedianMs)}`,
          "as fast (within 20 % or 5 ms)",
          mark(o.laterMedianMs <= Math.max(o.prerenderedMedianMs * 1.2, o.prerenderedMedianMs + 5)),
        );
      add(
        r.size,
        "Cache-Control: built post / older post on its first request",
        `\`${o.headers.prerendered["cache-control"]}\` / \`${o.headers.onDemand["cache-control"]}\``,
        "the same",
        mark(same),
      );
    }
    add(
      r.size,
      "Cache-Control: post / home / admin",
      `\`${r.cacheControl.post}\` / \`${r.cacheControl.home}\` / \`${r.cacheControl.admin}\``,
      "swr on reader pages, none shared on admin",
      mark(
        /stale-while-revalidate/.test(r.cacheControl.post ?? "") &&
          /stale-while-revalidate/.test(r.cacheControl.home ?? "") &&
          /private|no-store/.test(r.cacheControl.admin ?? ""),
      ),
    );
    if (r.proxy) {
      const p = r.proxy;
      add(
        r.size,
        "Post page through nginx at c=50: req/s, p50, p99, errors",
        `${Math.round(p.load.requestsPerSecond)}, ${p.load.p50Ms} ms, ${p.load.p99Ms} ms, ${p.load.errors}; ${(p.ratio * 100).toFixed(0)} % of ceiling`,
        "≥ 50 % of ceiling, no errors",
        mark(p.ratio >= 0.5 && p.load.errors === 0),
      );
      add(
        r.size,
        "Publish to visible through nginx: post page / home",
        `${ms(p.publish.postMs)} / ${ms(p.publish.homeMs)}`,
        "≤ 2 s",
        mark(p.publish.postMs <= 2000 && p.publish.homeMs <= 2000),
      );
    }
    for (const [page, s] of Object.entries(r.lighthouse ?? {})) {
      const name =
        {
          home: "home",
          post: "post",
          longPost: "long post",
          floor: "floor (long post's HTML in a bare Next.js page)",
        }[page] ?? page;
      add(
        r.size,
        `Lighthouse mobile, ${name}: perf / a11y / best practices / SEO`,
        `${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}`,
        page === "floor" ? "–" : "≥ 98 / 100 / 100 / 100",
        page === "floor"
          ? "–"
          : mark(
              s.performance >= 98 &&
                s.accessibility === 100 &&
                s["best-practices"] === 100 &&
                s.seo === 100,
            ),
      );
      if ("tbtMs" in s)
        add(
          r.size,
          `Lighthouse mobile, ${name}: total blocking time / LCP / CLS / script evaluation`,
          `${ms(s.tbtMs)} / ${ms(s.lcpMs)} / ${num(s.cls, 3)} / ${ms(s.scriptMs)}`,
          page === "longPost"
            ? `perf ≥ ${LONG_POST.performance}, TBT ≤ ${LONG_POST.tbtMs} ms, CLS 0`
            : "–",
          page === "longPost"
            ? mark(
                s.performance >= LONG_POST.performance &&
                  s.tbtMs <= LONG_POST.tbtMs &&
                  s.cls === LONG_POST.cls,
              )
            : "–",
        );
    }
  }
  return rows;
}

export function writeReport(report, file, previous) {
  const before = new Map((previous ? rowsOf(previous) : []).map((row) => [row.key, row.result]));
  const rows = rowsOf(report).map(
    (row) =>
      `| ${row.size} | ${row.measure} | ${row.result} | ${before.get(row.key) ?? "–"} | ${row.target} | ${row.met} |`,
  );
  const text = `# Performance

Measured by \`${report.command}\` on ${report.date.slice(0, 10)}: ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGB} GB,
Node ${report.versions.node}, Next ${report.versions.next}, ${report.versions.chromium}. One run; timings are medians where
several were taken. The machine is shared and noisy: compare ratios within a run rather than absolute numbers across runs.

Synthetic posts are generated by \`scripts/bench/generate-posts.mjs\` (about 700 words, four sections, code and
display math, 2–3 of 40 tags each). First-load JS is the gzip size of every \`<script src>\` in the served HTML
(noModule polyfills excluded); HTML sizes are uncompressed.

| Posts | Measure | Result | Previous run${previous ? ` (${previous.date.slice(0, 10)})` : ""} | Target | Met |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Raw figures: [\`docs/performance.json\`](performance.json). A quick run:
\`npm run bench -- --sizes 100 --duration 5 --runs 3 --lighthouse 1\` (a few minutes).

## How it is measured

- **Build**: \`next build\` from a clean dist folder; wall time, and the peak of the summed resident
  memory of the build and every process it starts (sampled every 250 ms from \`/proc\`).
- **Load**: autocannon, 50 connections for the given duration, on one post page, from the same
  machine (so the load generator takes one of the two cores). The ceiling is a plain Node HTTP server
  sending the same HTML from memory.
- **nginx**: Debian's nginx runs \`deploy/nginx/mentor-blog.conf\` itself (only the cache folder,
  app address and port are rewritten) in front of the same server: reader pages are micro-cached
  for one second, personal pages never. Publish-to-visible is then read through nginx.
- **Publish to visible**: Chromium drives the admin (setup, new post, Save draft, Publish now); the
  time runs from the click until a reader's \`GET\` of the post page and of the home page contains
  the new title, polled every 20 ms.
- **Admin and search**: median of several \`GET\`s of \`/admin\` (signed in) and \`/search?q=…\`, full
  response time on the same machine.
- **Lighthouse**: 12.2.3, mobile preset, Debian's chromium, median of the runs, smallest size only.

## Where a target is missed, and what it would take

- **Post page p99 at c=50, straight to \`next start\`**: Next's server answers a cached static page
  in about 2–3 ms of CPU, so one core gives 300–500 requests a second while the load generator
  takes the other; 50 connections queue behind that (50 ÷ 440 req/s is already 115 ms on average).
  The page comes from Next's cache: no proxy and no app code runs for it. Through the shipped
  nginx configuration the same page is served at several times the static ceiling with p99 under
  40 ms, which is how the blog is meant to be deployed. Without a proxy it would take a faster HTTP
  layer than \`next start\` or more cores.
- **1,000-post build over 90 s**, where missed: compiling takes about 35 s whatever the content;
  the rest is rendering the newest \`PRERENDER_POSTS\` posts, the first list pages and the feeds on
  two workers. A smaller \`PRERENDER_POSTS\` or a faster machine shortens it.
- **Build peak memory at 5,000 posts over 2 GB**: the peak comes when Turbopack's compiling process
  (about 1.5 GB, the same at any size) has not yet released its memory while the two
  static-generation workers start, and the workers grow as they render; the figure varies between
  runs (2.6 to 3.8 GB seen). With one worker, Next's default on two cores, the peak stayed near
  2 GB at 1,000 posts but static generation took twice as long: the two targets pull against
  each other on this machine.
- **Lighthouse performance in the 90s**: accessibility, best practices and SEO score 100; what
  performance loses is Total Blocking Time from running Next's and React's own bootstrap (136 KB,
  as on a bare Next 16 page) under Lighthouse's 4× CPU slowdown on a shared machine. FCP and LCP
  are around 1 s and nothing shifts. It would take less client JavaScript than the App Router
  runtime itself.

## Builds that don't grow with the archive

\`npm run build\` renders only the newest \`PRERENDER_POSTS\` posts (300 unless set), the home page
and the blog index's pages 2 and 3, and the first page of every tag and author
(\`lib/content/prerender.ts\`). Every other post and list page renders on its first request and is
then cached exactly like a built one: the same ISR lifetime (\`revalidate = 300\`), the same
\`Cache-Control\`, and the same revalidation when something is published or deleted
(\`revalidatePath("/", "layout")\` clears pages rendered on demand too). Feeds, the sitemap, search
and tag pages still cover every post: they read the content index, not the built pages. The first
reader of an old post waits for one render (its row in the table); everyone after gets the cached page.
Through the shipped nginx configuration that first render is also what nginx caches.

## Images on a phone

A 4,000 × 3,000 JPEG phone photo (2.7 MB; noisy, generated by \`e2e/support/phone-photo.ts\`) as the
first image of a post, read on a 390 px-wide phone at 3 device pixels per CSS pixel, where it is
shown 350 CSS px (1,050 device px) wide. Measured on 2026-12-02 with
\`CI=true E2E_WORKERS=1 npx playwright test e2e/responsive-images.spec.ts --reporter=line\`, which
sums the bytes of every response for the photo and prints them (\`[phone photo] …\`).

| Photo in a post | Downloaded | Pixels | Target: no wider than shown (1,050 px) |
| --- | --- | --- | --- |
| Before: \`<img src="/media/…">\` | 2,745,640 bytes | 4,000 × 3,000 | ❌ |
| After: \`<picture>\`, AVIF | 7,779 bytes (0.3 %) | 960 × 720 | ✅ |
| After, browsers without AVIF: WebP / JPEG | 8,884 / 16,961 bytes | 960 × 720 | ✅ |

The synthetic grain averages out when the photo is shrunk, so a real photo's copies weigh more;
what carries over is the pixel count, a 13th of the original. Copies come in 320, 640, 960, 1280
and 1920 px (never wider than the source), each made once on first request (a 960 px AVIF takes
about 0.7 s of one core here) and then read from \`DATA_DIR/cache/image-variants/\`. On screens of
2.5× and more, \`sizes\` claims two-thirds of the slot, so a 3× phone takes 960 px rather than
1,280 px. The first picture of a page (the thumbnail, else the first image) is fetched at once with
\`fetchpriority="high"\`; the others are \`loading="lazy"\`; every \`<img>\` has its width and height.

## What keeps it fast

- The content index is read once per process; after a save only the changed file is parsed again
  (files are recognised by inode, size and time), so publishing does not re-read every post.
- List pages render from the index (title, date, excerpt); only a post's own page compiles its MDX.
- Static generation uses every core (\`experimental.cpus\`); the Turbopack build cache, useless
  for clean builds, is off.
- Reader pages are ISR with \`s-maxage=300, stale-while-revalidate\`; publishing revalidates them at
  once, so a CDN or the shipped nginx config can cache them.
`;
  fs.writeFileSync(file, text);
}
