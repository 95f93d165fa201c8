import { execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { contentRoot } from "@/lib/content/paths";
import { createWriteQueue } from "@/lib/data/atomic-write";
import { dataRoot } from "@/lib/data/paths";

const run = promisify(execFile);

/**
 * Content history is a git repository whose work tree is the content folder and whose git folder
 * lives in the data folder, so it never nests a repository inside a checkout of this project.
 */
const gitDir = () => path.join(dataRoot(), "history.git");

export type Who = { name: string; email: string };

const SYSTEM: Who = { name: "Mentor Notes", email: "system@localhost" };

const gitEnv = (who: Who) => ({
  ...process.env,
  GIT_AUTHOR_NAME: who.name,
  GIT_AUTHOR_EMAIL: who.email,
  GIT_COMMITTER_NAME: SYSTEM.name,
  GIT_COMMITTER_EMAIL: SYSTEM.email,
  // Never read the server user's global config or hooks.
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_TERMINAL_PROMPT: "0",
});

async function git(args: string[], who: Who = SYSTEM): Promise<string> {
  const { stdout } = await run(
    "git",
    [`--git-dir=${gitDir()}`, `--work-tree=${contentRoot()}`, ...args],
    { maxBuffer: 64 * 1024 * 1024, env: gitEnv(who) },
  );
  return stdout;
}

/** A read-only git command on the history (log, diff-tree): for lib/history's own readers. */
export async function readHistory(args: string[]): Promise<string> {
  await ensureHistory();
  return git(args);
}

/**
 * Many file versions (`<commit>:<path>`) read by one `git cat-file --batch` process, in order;
 * undefined where the version does not exist. One process for a whole page of history instead of
 * one `git show` per version.
 */
export async function filesAt(specs: string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return [];
  if (specs.some((spec) => !/^[0-9a-f]{40}\^?:[^\n]+$/.test(spec)))
    throw new Error("Invalid version");
  await ensureHistory();
  const out = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn("git", [`--git-dir=${gitDir()}`, "cat-file", "--batch"], {
      env: gitEnv(SYSTEM),
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new Error(`git cat-file exited ${code}`)),
    );
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(""));
  });
  const found: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const lineEnd = out.indexOf(10, at);
    const header = out.subarray(at, lineEnd).toString("utf8");
    at = lineEnd + 1;
    const size = /^[0-9a-f]{40} blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      // "missing", or not a file (a folder): nothing to read, except a body for non-blob objects.
      const other = /^[0-9a-f]{40} \w+ (\d+)$/.exec(header)?.[1];
      if (other !== undefined) at += Number(other) + 1;
      found.push(undefined);
      continue;
    }
    found.push(out.subarray(at, at + Number(size)).toString("utf8"));
    at += Number(size) + 1;
  }
  return found;
}

let ready: Promise<void> | undefined;
let readyFor = "";

/** Creates the repository on first use, recording the content as it was then. */
export function ensureHistory(): Promise<void> {
  const key = `${gitDir()}|${contentRoot()}`;
  if (!ready || readyFor !== key) {
    readyFor = key;
    ready = (async () => {
      const exists = await fs.stat(path.join(gitDir(), "HEAD")).catch(() => undefined);
      if (!exists) {
        await fs.mkdir(gitDir(), { recursive: true });
        await run("git", ["init", "--quiet", "--bare", gitDir()]);
        await git(["config", "core.bare", "false"]);
      }
      // A save is acknowledged only after its commit: flush the commit's objects, refs and index
      // to disk. Git's default skips loose objects, so a power cut could leave the branch pointing
      // at an empty object and every later commit failing. Set on existing histories too.
      await git(["config", "core.fsync", "added"]);
      await git(["config", "core.fsyncMethod", "fsync"]);
      if (exists) return;
      // Half-written temporary files are never history.
      await fs.writeFile(path.join(gitDir(), "info", "exclude"), ".tmp-*\n").catch(async () => {
        await fs.mkdir(path.join(gitDir(), "info"), { recursive: true });
        await fs.writeFile(path.join(gitDir(), "info", "exclude"), ".tmp-*\n");
      });
      await git(["config", "commit.gpgsign", "false"]);
      await git(["add", "--all", "--", "."]);
      await git(["commit", "--quiet", "--allow-empty", "-m", "History starts here"]);
    })();
    ready.catch(() => (ready = undefined));
  }
  return ready;
}

/**
 * One git command that writes at a time: posts, profiles and tags are saved from separate queues,
 * and two `git add`/`git commit` at once fail on git's index lock (a lost commit, only logged).
 */
const oneAtATime = createWriteQueue("history");

/** Records the current state of some content files as one commit by `who`. */
export function record(paths: string[], message: string, who: Who): Promise<void> {
  return oneAtATime(async () => {
    await ensureHistory();
    await git(["add", "--all", "--", ...paths]);
    const staged = await git(["diff", "--cached", "--name-only", "--", ...paths]);
    if (!staged.trim()) return;
    await git(["commit", "--quiet", "-m", message, "--", ...paths], who);
  });
}

export type Revision = {
  commit: string;
  author: string;
  email: string;
  date: string;
  message: string;
};

const FORMAT = "%H%x1f%an%x1f%ae%x1f%aI%x1f%s";
const parseLog = (out: string): Revision[] =>
  out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit = "", author = "", email = "", date = "", message = ""] = line.split("\x1f");
      return { commit, author, email, date, message };
    });

/** Newest first: every recorded change to these paths. */
export async function revisions(paths: string[], limit = 100): Promise<Revision[]> {
  await ensureHistory();
  return parseLog(await git(["log", `--max-count=${limit}`, `--format=${FORMAT}`, "--", ...paths]));
}

/** A file's text at a commit, or undefined when it did not exist there. */
export async function fileAt(commit: string, file: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40}\^?$/.test(commit)) return undefined;
  await ensureHistory();
  return git(["show", `${commit}:${file}`]).catch(() => undefined);
}

/** Files deleted from a folder, with the last commit that still had them. */
export async function deletedFiles(
  folder: string,
  limit = 50,
): Promise<{ file: string; deletedBy: Revision; lastCommit: string }[]> {
  await ensureHistory();
  const out = await git([
    "log",
    "--diff-filter=D",
    `--max-count=${limit}`,
    `--format=@@${FORMAT}`,
    "--name-only",
    "--",
    folder,
  ]);
  const found: { file: string; deletedBy: Revision; lastCommit: string }[] = [];
  for (const block of out.split("@@").filter(Boolean)) {
    const [header = "", ...files] = block.split("\n").filter(Boolean);
    const [deletedBy] = parseLog(header);
    if (!deletedBy) continue;
    for (const file of files) found.push({ file, deletedBy, lastCommit: `${deletedBy.commit}^` });
  }
  return found;
}

/** Records a change, logging instead of failing: the content itself is already safely written. */
export async function recordSafely(
  paths: string[],
  message: string,
  who: Who | undefined,
): Promise<void> {
  if (!who) return;
  try {
    await record(paths, message, who);
  } catch (error) {
    console.error("[history] could not record", paths.join(", "), error);
  }
}

/** A unified diff of some paths between two commits ("" when identical). */
export async function diffBetween(from: string, to: string, paths: string[]): Promise<string> {
  if (![from, to].every((c) => /^[0-9a-f]{40}\^?$/.test(c))) return "";
  await ensureHistory();
  return git(["diff", "--no-color", "--unified=3", from, to, "--", ...paths]);
}

const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/**
 * A unified diff between two versions of one post, which may sit at different paths (a renamed
 * post); without `from`, the whole of `to` as added.
 */
export async function diffVersions(
  from: { commit: string; path: string } | undefined,
  to: { commit: string; path: string },
): Promise<string> {
  const valid = (v: { commit: string; path: string }) =>
    /^[0-9a-f]{40}$/.test(v.commit) && /^posts\/[a-z0-9-]+\.mdx?$/.test(v.path);
  if (!valid(to) || (from && !valid(from))) return "";
  await ensureHistory();
  if (!from)
    return git(["diff", "--no-color", "--unified=3", EMPTY_TREE, to.commit, "--", to.path]);
  return git([
    "diff",
    "--no-color",
    "--unified=3",
    `${from.commit}:${from.path}`,
    `${to.commit}:${to.path}`,
  ]);
}
