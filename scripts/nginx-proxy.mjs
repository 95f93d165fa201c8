// Runs nginx with the shipped configuration (deploy/nginx/mentor-blog.conf) in front of the app,
// for the benchmark and the browser tests. Only the three lines marked BENCH change: cache folder,
// app address and listen port.
//   node scripts/nginx-proxy.mjs --listen 3109 --app 3108 --dir /tmp/proxy   (runs until stopped)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const SHIPPED = "deploy/nginx/mentor-blog.conf";

export function hasNginx() {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** nginx from Debian's packages, installed when missing and we are root (as in CI). */
export function ensureNginx() {
  if (hasNginx()) return true;
  if (process.getuid?.() !== 0) {
    console.warn("nginx is not installed (apt-get install nginx): the proxy figures are skipped.");
    return false;
  }
  console.log("Installing nginx from Debian's packages…");
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return hasNginx();
}

function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`${SHIPPED} no longer contains "${from}"`);
  return text.replace(from, to);
}

/** The shipped server block, aimed at this run's app, port and cache folder. */
export function shippedConfigFor(dir, listenPort, appPort) {
  let conf = fs.readFileSync(SHIPPED, "utf8");
  conf = replaceOnce(conf, "/var/cache/nginx/mentor-blog", path.join(dir, "cache"));
  conf = replaceOnce(conf, "server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`);
  conf = replaceOnce(conf, "listen 80;", `listen 127.0.0.1:${listenPort};`);
  return conf;
}

/** Writes a complete nginx configuration around the shipped server block; returns nginx's arguments. */
function prepare({ dir, listenPort, appPort }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "mentor-blog.conf"), shippedConfigFor(dir, listenPort, appPort));
  const temp = (name) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      process.getuid?.() === 0 ? "user root;" : "",
      "worker_processes auto;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  access_log off;",
      `  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}`,
      `  include ${path.join(dir, "mentor-blog.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"];
  execFileSync("nginx", [...args, "-t"], { stdio: "pipe" });
  return args;
}

/** Starts nginx in the background and waits until it answers. */
export async function startNginx(options) {
  const child = spawn("nginx", prepare(options), { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${options.listenPort}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`);
      return {
        url,
        stop: () => {
          try {
            process.kill(-child.pid, "SIGTERM");
          } catch {
            // already gone
          }
        },
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not start; see ${path.join(options.dir, "error.log")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { listen: { type: "string" }, app: { type: "string" }, dir: { type: "string" } },
  });
  if (!values.listen || !values.app || !values.dir)
    throw new Error("usage: node scripts/nginx-proxy.mjs --listen PORT --app PORT --dir FOLDER");
  const child = spawn(
    "nginx",
    prepare({ dir: values.dir, listenPort: values.listen, appPort: values.app }),
    { stdio: "inherit" },
  );
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill("SIGQUIT"));
  child.on("exit", (code) => process.exit(code ?? 0));
}
