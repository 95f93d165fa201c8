// Process, HTTP and statistics helpers for the benchmark.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid) {
  let total = 0;
  const children = new Map();
  for (const pid of fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // the process ended while we looked
    }
  }
  const walk = (pid) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // gone
    }
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(rootPid);
  return total;
}

/** Runs a command to completion; returns wall time and the peak memory of its whole process tree. */
export function runMeasured(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peak = 0;
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 250);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes: peak, output });
      else
        reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output.slice(-3000)}`));
    });
  });
}

/** Starts a long-running server and waits until `url` answers. */
export async function startServer(command, args, env, url, cwd = process.cwd()) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return { child, log: () => log, stop: () => stopTree(child) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopTree(child);
  throw new Error(`Server did not start at ${url}:\n${log.slice(-2000)}`);
}

function stopTree(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/** Serves fixed HTML bodies from memory: the ceiling a static file server reaches on this machine. */
export function startStaticServer(pages, port) {
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? "/");
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** Median server time of a GET (time to the full response), over several runs. */
export async function timeGet(url, runs, headers = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

export const versions = () => ({
  node: process.version,
  next: JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version,
  chromium: (() => {
    try {
      return execFileSync("chromium", ["--version"], { encoding: "utf8" }).trim();
    } catch {
      return "not installed";
    }
  })(),
});
