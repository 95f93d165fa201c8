import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN_BASE_URL, ADMIN_CONTENT_DIR, ADMIN_DATA_DIR, E2E_ROOT } from "../support/env";
import { scaled } from "../support/slowness";
import { actionIdOf, type RecordedAction } from "./action-replay";

/**
 * The attack suites' proof that nothing changed: a hash of every file under the admin server's
 * content and data folders (and the files directly in the test root, where `../../x` would land),
 * taken before and after each attack.
 *
 * Left out, because the server rewrites them without any content changing:
 * - `history.git/index`, `objects/`, `logs/`, `COMMIT_EDITMSG`, `ORIG_HEAD` and `*.lock`: git's
 *   stat cache and object store. A commit still shows, as a moved ref in `refs/` (which is kept).
 * - each account's `sessions` list in `accounts.json`: every sign-in and sign-out by any test.
 *
 * Other admin specs write posts, media and accounts while these run (two workers). A change of that
 * kind to a file the attack could not have produced is listed as concurrent, not failed; run the
 * attack specs alone with ATTACKS_STRICT=1 and any such change fails too. Anything else that
 * changes (a file outside posts/, authors/, media/, a new top-level file, the secret) always fails.
 */

const ROOT = E2E_ROOT;
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const CONTENT = rel(ADMIN_CONTENT_DIR);
const DATA = rel(ADMIN_DATA_DIR);
const sha = (bytes: Buffer | string) =>
  createHash("sha256").update(bytes).digest("hex").slice(0, 16);

const GIT_BOOKKEEPING = new RegExp(
  `^${DATA}/history\\.git/(index|objects/.*|logs/.*|COMMIT_EDITMSG|ORIG_HEAD|.*\\.lock)$`,
);

function walk(dir: string, out: Map<string, string>, recurse = true) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const key = rel(full);
    if (GIT_BOOKKEEPING.test(key)) continue;
    try {
      if (entry.isSymbolicLink()) out.set(key, `link -> ${fs.readlinkSync(full)}`);
      else if (entry.isDirectory()) {
        if (recurse) walk(full, out);
      } else if (key === `${DATA}/accounts.json`) {
        const { accounts = [] } = JSON.parse(fs.readFileSync(full, "utf8")) as {
          accounts?: Record<string, unknown>[];
        };
        for (const account of accounts) {
          const record = { ...account };
          delete record.sessions;
          out.set(`${key}#${String(account.email)}`, sha(JSON.stringify(record)));
        }
      } else out.set(key, sha(fs.readFileSync(full)));
    } catch (error) {
      // Another test's write renamed the file away mid-walk: it is simply absent from this snapshot.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/** Every watched file → a hash of its bytes (or its link target). */
export function folderState(): Map<string, string> {
  const out = new Map<string, string>();
  walk(ROOT, out, false);
  walk(ADMIN_CONTENT_DIR, out);
  walk(ADMIN_DATA_DIR, out);
  return out;
}

/** Kinds of file other admin specs write (posts, profiles, tags, uploads, accounts, commits). */
const CONCURRENT_KIND = new RegExp(
  [
    `^${CONTENT}/posts/(\\.tmp-.*|[a-z0-9-]+\\.mdx?)$`,
    `^${CONTENT}/authors/(\\.tmp-.*|[a-z0-9-]+\\.md)$`,
    `^${CONTENT}/(\\.tmp-.*|tags\\.yml)$`,
    `^${DATA}/media/(\\.tmp-.*|[a-z0-9-]+\\.(png|jpg|webp|gif|avif))$`,
    `^${DATA}/(\\.tmp-.*|accounts\\.json#.*|media-index\\.json)$`,
    `^${DATA}/history\\.git/(refs/.*|HEAD|packed-refs)$`,
  ].join("|"),
);

export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

// ---------------------------------------------------------------------------------------------
// One attack at a time across the attack specs

const LOCK = path.join(ROOT, ".attack-lock");

/** Serialises attack windows (and the attack specs' own set-up writes) across workers. */
export async function exclusively<T>(run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + scaled(120_000);
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock older than two minutes was left by a killed worker.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > scaled(120_000) || Date.now() > deadline)
        fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The log of attacks

export type Outcome = {
  /** Paths (relative to the test root) the attack may legitimately change: a save it round-trips. */
  allow?: string[];
  /** Paths an attack could produce: any change there fails even when other tests run. */
  reach?: string[];
};

export class AttackRun {
  readonly tried: string[] = [];
  readonly concurrent: string[] = [];

  /**
   * Runs one attack while no other attack spec writes, and checks softly that the watched folders
   * are byte-for-byte unchanged apart from `allow`. `check` makes the attack's own assertions.
   */
  async attempt<T>(label: string, attack: () => Promise<T>, outcome: Outcome = {}): Promise<T> {
    this.tried.push(label);
    return exclusively(async () => {
      const before = folderState();
      const result = await attack();
      const after = folderState();
      const allowed = new Set(outcome.allow ?? []);
      const reach = new Set(outcome.reach ?? []);
      // A save that is allowed also moves the history's branch: the commit that records it.
      const history = new RegExp(`^${DATA}/history\\.git/(refs/.*|HEAD|packed-refs)$`);
      const changed = changedPaths(before, after).filter(
        (key) => !allowed.has(key) && !(allowed.size && history.test(key)),
      );
      const unexplained = changed.filter(
        (key) => reach.has(key) || !CONCURRENT_KIND.test(key) || process.env.ATTACKS_STRICT,
      );
      this.concurrent.push(...changed.filter((key) => !unexplained.includes(key)));
      expect.soft(unexplained, `${label}: files changed`).toEqual([]);
      return result;
    });
  }
}

export const CONTENT_KEY = (file: string) => `${CONTENT}/${file}`;
export const DATA_KEY = (file: string) => `${DATA}/${file}`;

/** Prints and annotates the attacks a test tried, like permissions.spec.ts. */
export function report(run: AttackRun) {
  test.info().annotations.push({ type: "attacks", description: String(run.tried.length) });
  const concurrent = run.concurrent.length
    ? `\n  concurrent writes by other tests (tolerated): ${[...new Set(run.concurrent)].join(", ")}`
    : "";
  console.log(
    `${test.info().title}: ${run.tried.length} attacks\n  ${run.tried.join("\n  ")}${concurrent}`,
  );
}

/** A plain-argument action request (e.g. previewAction) built from the build's manifest. */
export function argsAction(name: string, pagePath: string, args: unknown[]): RecordedAction {
  const id = actionIdOf(name);
  return {
    name,
    id,
    path: pagePath,
    headers: { "next-action": id, accept: "text/x-component", origin: ADMIN_BASE_URL },
    args,
  };
}

/** Text that would show an action or a page leaked what it must not (shortened for messages). */
export const excerpt = (text: string) => text.slice(0, 300).replace(/\s+/g, " ");
