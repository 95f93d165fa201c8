import { execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { contentRoot } from "@/lib/data/content-paths";
import { createWriteQueue } from "@/lib/data/atomic-write";
import { dataRoot } from "@/lib/data/paths";
import { withoutControlCharacters } from "@/lib/validations/text";

const run = promisify(execFile);

/**
 * Content history is a git repository whose work tree is the content folder and whose git folder
 * lives in the data folder, so it never nests a repository inside a checkout of this project.
 */
export const gitDir = () => path.join(dataRoot(), "history.git");

export type Who = { name: string; email: string };

const SYSTEM: Who = { name: "Mentor Notes", email: "system@localhost" };

/**
 * A mentor's identity in the history: their author id and email. Display names change and may be
 * ones git refuses ("..." is all punctuation to git, and a refused commit left a change with no
 * history); the author id never changes and is always a valid git name. The history pages show
 * the account's name as it is now (display-names.ts).
 */
export function historyAuthor(account: { authorId: string; email: string }): Who {
  return { name: account.authorId, email: account.email };
}

/**
 * What git is given as an identity: control characters and git's delimiters removed, and a name
 * with no letter or digit (which git may refuse) replaced, so a commit is never lost to a name.
 */
function gitIdentity(who: Who): Who {
  const clean = (value: string) =>
    withoutControlCharacters(value)
      .replace(/[<>\s]+/g, " ")
      .trim();
  const name = clean(who.name);
  const email = clean(who.email).replace(/\s/g, "");
  return {
    name: [name, email.split("@")[0] ?? ""].find((n) => /[\p{L}\p{N}]/u.test(n)) ?? "mentor",
    email: email || "unknown@localhost",
  };
}

const gitEnv = (who: Who) => ({
  ...process.env,
  GIT_AUTHOR_NAME: gitIdentity(who).name,
  GIT_AUTHOR_EMAIL: gitIdentity(who).email,
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

/**
 * A read-only git command on the history, or undefined while there is none yet: for readers that
 * have a fallback and should not start a history just to read it (a list page).
 */
export async function readExistingHistory(args: string[]): Promise<string | undefined> {
  const exists = await fs.stat(path.join(gitDir(), "HEAD")).catch(() => undefined);
  if (!exists) return undefined;
  return readHistory(args);
}

/** A read-only git command on the history (log, diff-tree): for lib/history's own readers. */
export async function readHistory(args: string[]): Promise<string> {
  await ensureHistory();
  return git(args);
}

/**
 * Many file versions (`<commit>:<path>`, or a blob id) read by one `git cat-file --batch` process, in order;
 * undefined where the version does not exist. One process for a whole page of history instead of
 * one `git show` per version.
 */
export async function filesAt(specs: string[]): Promise<(string | undefined)[]> {
  return (await fileHeads(specs, Infinity)).map((file) => file?.head);
}

/**
 * The first `maxBytes` of many files (`<blob id>` or `<commit>:<path>`), in order; undefined where
 * there is none. A `cut` text ends at its last whole line. For the history walk, which needs only
 * each version's front matter (at most 16 KB, split-front-matter.ts): the rest of each version is
 * skipped as it streams past, never kept or decoded.
 */
export async function fileHeads(
  specs: string[],
  maxBytes: number,
): Promise<({ head: string; cut: boolean } | undefined)[]> {
  if (specs.length === 0) return [];
  if (specs.some((spec) => !/^[0-9a-f]{40}(?:\^?:[^\n]+)?$/.test(spec)))
    throw new Error("Invalid version");
  await ensureHistory();
  return new Promise((resolve, reject) => {
    const child = spawn("git", [`--git-dir=${gitDir()}`, "cat-file", "--batch"], {
      env: gitEnv(SYSTEM),
    });
    const found: ({ head: string; cut: boolean } | undefined)[] = [];
    let header: Buffer[] = [];
    let head: Buffer[] = [];
    let kept = 0;
    let left = -1; // bytes of the current object (and its newline) still to come; -1: a header
    let size = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length) {
        if (left < 0) {
          const lineEnd = chunk.indexOf(10, at);
          header.push(chunk.subarray(at, lineEnd === -1 ? chunk.length : lineEnd));
          if (lineEnd === -1) return;
          at = lineEnd + 1;
          const line = Buffer.concat(header).toString("utf8");
          header = [];
          const match = /^[0-9a-f]{40} (\w+) (\d+)$/.exec(line);
          if (!match) {
            found.push(undefined); // "<spec> missing"
            continue;
          }
          size = Number(match[2]);
          left = size + 1;
          head = [];
          kept = 0;
          if (match[1] !== "blob") size = -1; // a folder: read past it, keep nothing
          continue;
        }
        const take = Math.min(left, chunk.length - at);
        const keep = Math.min(take, Math.max(0, Math.min(size, maxBytes) - kept));
        if (keep > 0) {
          head.push(chunk.subarray(at, at + keep));
          kept += keep;
        }
        at += take;
        left -= take;
        if (left === 0) {
          left = -1;
          if (size < 0) {
            found.push(undefined);
            continue;
          }
          const text = Buffer.concat(head).toString("utf8");
          const cut = size > maxBytes;
          found.push({ head: cut ? text.slice(0, text.lastIndexOf("\n") + 1) : text, cut });
        }
      }
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 && found.length === specs.length
        ? resolve(found)
        : reject(new Error(`git cat-file exited ${code}`)),
    );
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(""));
  });
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

/**
 * Records the current state of some content files as one commit by `who`. The message is one line
 * without control characters: titles are checked when saved, but a file written by hand or an old
 * backup may still hold anything.
 */
export function record(paths: string[], message: string, who: Who): Promise<void> {
  const line = withoutControlCharacters(message).replace(/\s+/g, " ").trim() || "Change";
  return oneAtATime(async () => {
    await ensureHistory();
    await git(["add", "--all", "--", ...paths]);
    const staged = await git(["diff", "--cached", "--name-only", "--", ...paths]);
    if (!staged.trim()) return;
    await git(["commit", "--quiet", "-m", line, "--", ...paths], who);
  });
}

export type Revision = {
  commit: string;
  author: string;
  email: string;
  date: string;
  message: string;
};

/**
 * `git log --format=` for a Revision: every field ends in a NUL, which no name, email or commit
 * message can hold, and the record starts with one. Whatever a title or name contains (a record or
 * unit separator, a line break in an old commit), it cannot start a new entry or shift a field.
 */
export const LOG_FORMAT = "%x00%H%x00%an%x00%ae%x00%aI%x00%s%x00";

/**
 * Splits `git log --format=${LOG_FORMAT}` output into revisions, each with what git printed after
 * its header (`--name-status` or `--raw` lines). Names and messages are shown with any control
 * character as a space (commits from before titles were checked).
 */
export function parseLog(out: string): { revision: Revision; details: string }[] {
  const fields = out.split("\0");
  const found: { revision: Revision; details: string }[] = [];
  for (let i = 1; i + 5 < fields.length; i += 6) {
    const [commit = "", author = "", email = "", date = "", message = "", details = ""] =
      fields.slice(i, i + 6);
    if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error("Unexpected git log output");
    const shown = (text: string) => withoutControlCharacters(text).trim();
    found.push({
      revision: {
        commit,
        author: shown(author),
        email: shown(email),
        date,
        message: shown(message),
      },
      details,
    });
  }
  return found;
}

/** Newest first: every recorded change to these paths. */
export async function revisions(paths: string[], limit = 100): Promise<Revision[]> {
  await ensureHistory();
  const out = await git(["log", `--max-count=${limit}`, `--format=${LOG_FORMAT}`, "--", ...paths]);
  return parseLog(out).map((entry) => entry.revision);
}

/** A file's text at a commit, or undefined when it did not exist there. */
export async function fileAt(commit: string, file: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40}\^?$/.test(commit)) return undefined;
  await ensureHistory();
  return git(["show", `${commit}:${file}`]).catch(() => undefined);
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
