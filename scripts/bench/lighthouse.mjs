// Lighthouse (mobile, the default) in Debian's chromium: median score per category over `runs`.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { median } from "./measure.mjs";

const run = promisify(execFile);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function runLighthouse(url, runs) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  for (let i = 0; i < runs; i++) {
    const out = path.join(os.tmpdir(), `lighthouse-${process.pid}-${i}.json`);
    await run(
      "npx",
      [
        "lighthouse",
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
        maxBuffer: 64 * 2 ** 20,
      },
    );
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    for (const c of CATEGORIES)
      scores[c].push(Math.round((report.categories[c]?.score ?? 0) * 100));
    fs.rmSync(out, { force: true });
  }
  return Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])]));
}
