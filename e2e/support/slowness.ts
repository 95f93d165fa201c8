/**
 * How much slower this machine is, now, than the one the browser tests' timeouts were written on
 * (2 idle cores). Every timeout of the browser tests is multiplied by `TIME_SCALE`: a busy or slow
 * machine gets more time, so a test fails for what it checks, never for the machine it ran on.
 *
 * Measured once, by the Playwright runner when it reads playwright.config.ts, and handed to its
 * workers (which read the config again) through `E2E_SLOWNESS`. Set `E2E_SLOWNESS` yourself to
 * force a factor, e.g. `E2E_SLOWNESS=3 npx playwright test`.
 */
import crypto from "node:crypto";
import os from "node:os";

/** The workload's best time, in ms, on an idle 2-core machine of the kind the project runs on. */
export const REFERENCE_MS = 90;
/** Past this the machine is not slow but stuck: more time would only hide it. */
export const MAX_SLOWNESS = 6;

/**
 * A short fixed CPU workload (hashing 64 MiB and an integer loop, ~90 ms on the reference
 * machine). Its best time of three is how fast a core is now, shared with whatever else runs.
 */
export function workloadMs(): number {
  const block = Buffer.alloc(1024 * 1024, 7);
  const once = () => {
    const start = process.hrtime.bigint();
    let digest = Buffer.alloc(0);
    for (let i = 0; i < 64; i++)
      digest = crypto.createHash("sha256").update(block).update(digest).digest();
    let x = digest[0]!;
    for (let i = 0; i < 10_000_000; i++) x = (x * 31 + i) | 0;
    // Using x keeps the loop from being optimised away.
    return Number(process.hrtime.bigint() - start) / 1e6 + (x === 0.5 ? 1 : 0);
  };
  once(); // warm-up: the first run includes compiling the loop
  return Math.min(once(), once(), once());
}

/**
 * The slowness factor, from 1 (the reference machine, idle) to MAX_SLOWNESS: the larger of the
 * workload's time against the reference and the load average per core (a machine with 8
 * runnable processes on 2 cores gives each a quarter of a core, whatever the workload saw).
 */
export function measureSlowness(
  workload = workloadMs(),
  load = os.loadavg()[0]!,
  cores = os.availableParallelism(),
): number {
  const factor = Math.max(workload / REFERENCE_MS, load / cores);
  return Math.round(Math.min(MAX_SLOWNESS, Math.max(1, factor)) * 10) / 10;
}

function slowness(): number {
  const given = Number(process.env.E2E_SLOWNESS);
  if (Number.isFinite(given) && given > 0) return given;
  const measured = measureSlowness();
  process.env.E2E_SLOWNESS = String(measured);
  return measured;
}

export const SLOWNESS = slowness();

/**
 * CI (`CI=true`) runs the whole suite on a fresh 2-core machine, with two production servers and
 * Chromium driving its load average well above 10 after the measurement: twice the time there.
 */
export const CI_FACTOR = process.env.CI ? 2 : 1;

/** What every timeout of the browser tests is multiplied by. */
export const TIME_SCALE = SLOWNESS * CI_FACTOR;

/** A timeout written for the reference machine, for this one. */
export const scaled = (ms: number): number => Math.round(ms * TIME_SCALE);
