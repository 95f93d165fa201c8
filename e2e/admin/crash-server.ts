import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyFixtureContent } from "../support/content-folders";
import { ADMIN_PORT, E2E_DIST_DIR, E2E_ROOT } from "../support/env";
import { scaled } from "../support/slowness";

/**
 * A production server of its own for the crash test: the admin build (already built by the
 * admin webServer), its own port and its own content and data folders, started in a process group
 * of its own so that SIGKILL takes down `npx`, `next start` and any `git` child at once.
 */
export const CRASH_PORT = ADMIN_PORT + 10;
export const CRASH_BASE_URL = `http://localhost:${CRASH_PORT}`;
export const CRASH_ROOT = path.join(E2E_ROOT, "crash");
export const CRASH_CONTENT_DIR = path.join(CRASH_ROOT, "content");
export const CRASH_DATA_DIR = path.join(CRASH_ROOT, "data");

/** Fresh folders: the tests' fixture content plus `posts`, and an empty data folder. */
export function prepareCrashFolders(posts: Record<string, string>) {
  fs.rmSync(CRASH_ROOT, { recursive: true, force: true });
  copyFixtureContent(CRASH_CONTENT_DIR, posts);
  fs.mkdirSync(CRASH_DATA_DIR, { recursive: true });
}

export class CrashServer {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  /** The server's last output, for a failure report. */
  log = "";

  async start(): Promise<void> {
    const child = spawn(
      "npx",
      ["next", "start", "--hostname", "127.0.0.1", "--port", String(CRASH_PORT)],
      {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          CONTENT_DIR: CRASH_CONTENT_DIR,
          DATA_DIR: CRASH_DATA_DIR,
          NEXT_DIST_DIR: `${E2E_DIST_DIR}-admin`,
          SITE_URL: CRASH_BASE_URL,
          PORT: String(CRASH_PORT),
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
    );
    const keep = (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-8_000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
    const deadline = Date.now() + scaled(60_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The crash server exited:\n${this.log}`);
      const ok = await fetch(`${CRASH_BASE_URL}/signin`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`The crash server did not start:\n${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** SIGKILL to the whole process group: no handler, no flush, no clean-up runs. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
    await this.exited;
    // Children of the group (next-server, git) die with it; wait until the port is free again.
    const deadline = Date.now() + scaled(10_000);
    while (
      Date.now() < deadline &&
      (await fetch(`${CRASH_BASE_URL}/signin`).then(
        () => true,
        () => false,
      ))
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
