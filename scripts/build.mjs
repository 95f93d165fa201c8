// `npm run build`: checks the content (scripts/check-content.ts) while Next compiles the app, so
// the check costs no wall time on large blogs. A content problem stops the build: the compile is
// cancelled and the checker's report is printed last, where it cannot scroll away.
import { spawn } from "node:child_process";

function start(command, args, stdio) {
  const child = spawn(command, args, { stdio, env: process.env, detached: true });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const done = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already ended
    }
  };
  return { done, stop, output: () => output };
}

const check = start(
  "npx",
  ["tsx", "--tsconfig", "tsconfig.json", "scripts/check-content.ts"],
  ["ignore", "pipe", "pipe"],
);
const build = start("npx", ["next", "build"], "inherit");
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    check.stop();
    build.stop();
    process.exit(1);
  });

const checked = await check.done;
if (checked !== 0) {
  build.stop();
  await build.done;
  process.stderr.write(check.output());
  process.exit(checked);
}
process.stdout.write(check.output());
process.exit(await build.done);
