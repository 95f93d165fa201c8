// Runs nginx with the shipped configuration (deploy/nginx/mentor-blog.conf) in front of the app.
// Only the three lines marked BENCH change: cache folder, app address and listen port.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SHIPPED = "deploy/nginx/mentor-blog.conf";

function hasNginx() {
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
export function benchConfig(dir, listenPort, appPort) {
  let conf = fs.readFileSync(SHIPPED, "utf8");
  conf = replaceOnce(conf, "/var/cache/nginx/mentor-blog", path.join(dir, "cache"));
  conf = replaceOnce(conf, "server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`);
  conf = replaceOnce(conf, "listen 80;", `listen 127.0.0.1:${listenPort};`);
  return conf;
}

export async function startNginx({ dir, listenPort, appPort }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "mentor-blog.conf"), benchConfig(dir, listenPort, appPort));
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
  const child = spawn("nginx", args, { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${listenPort}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return {
        url: url.slice(0, -1),
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
  throw new Error(`nginx did not start; see ${path.join(dir, "error.log")}`);
}
