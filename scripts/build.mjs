// `npm run build`. Front matter and file names are checked first (quick, so a typo fails in a
// second), then Next builds in two steps: compiling the code, then rendering the pages. As two
// processes, Turbopack's compiler (about 1.3 GB) has ended before the rendering workers start,
// so the build's peak memory is the larger of the two rather than their sum (2.7 GB → 1.6 GB at
// 5,000 posts: docs/PERFORMANCE.md). Rendering the newest posts checks their MDX as a matter of course.
// Only if the build fails is every post's MDX checked too, so the report names each problem's
// file and line in one list, printed last, instead of leaving them in Next's output.
import { spawn } from "node:child_process";

function run(command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: process.env,
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const checkContent = (...flags) =>
  run("npx", ["tsx", "--tsconfig", "tsconfig.json", "scripts/check-content.ts", ...flags], {
    quiet: flags.length === 0,
  });

const quick = await checkContent("--front-matter-only");
if (quick.code !== 0) process.exit(quick.code);

let build = await run("npx", ["next", "build", "--experimental-build-mode", "compile"]);
if (build.code === 0)
  build = await run("npx", ["next", "build", "--experimental-build-mode", "generate"]);
if (build.code === 0) process.exit(0);

const full = await checkContent();
if (full.code !== 0) process.stderr.write(full.output);
process.exit(build.code);
