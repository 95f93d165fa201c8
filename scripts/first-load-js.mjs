// Prints the first-load JavaScript of pages: the gzip size of every <script src> in the served HTML.
// Usage: node scripts/first-load-js.mjs http://localhost:3000/ http://localhost:3000/blog/some-post
import { gzipSync } from "node:zlib";

export async function firstLoadJs(pageUrl) {
  const html = await (await fetch(pageUrl)).text();
  const sources = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: new URL(m[2], pageUrl).toString(),
    noModule: /\bnomodule\b/i.test(m[1] + m[3]),
  }));
  let gzip = 0;
  let noModuleGzip = 0;
  for (const { src, noModule } of sources) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    if (noModule) noModuleGzip += size;
    else gzip += size;
  }
  return {
    url: pageUrl,
    scripts: sources.length,
    gzipKB: gzip / 1024,
    noModuleGzipKB: noModuleGzip / 1024,
    htmlKB: html.length / 1024,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const r = await firstLoadJs(url);
    console.log(
      `${r.url}: ${r.gzipKB.toFixed(1)} KB gzip in ${r.scripts} scripts (noModule ${r.noModuleGzipKB.toFixed(1)} KB), HTML ${r.htmlKB.toFixed(1)} KB`,
    );
  }
}
