// Lighthouse (mobile, the default) in Debian's chromium: the median of each category's score and of
// the metrics a phone feels (total blocking time, largest contentful paint, layout shift) over `runs`.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { median } from "./measure.mjs";

const run = promisify(execFile);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
/** Audit ids and the name each median is reported under. */
const METRICS = {
  "total-blocking-time": "tbtMs",
  "largest-contentful-paint": "lcpMs",
  "cumulative-layout-shift": "cls",
  "bootup-time": "scriptMs",
};

export async function runLighthouse(url, runs) {
  const values = Object.fromEntries(
    [...CATEGORIES, ...Object.values(METRICS)].map((name) => [name, []]),
  );
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
      values[c].push(Math.round((report.categories[c]?.score ?? 0) * 100));
    for (const [audit, name] of Object.entries(METRICS))
      values[name].push(report.audits[audit]?.numericValue ?? NaN);
    fs.rmSync(out, { force: true });
  }
  return Object.fromEntries(Object.entries(values).map(([name, list]) => [name, median(list)]));
}
