import { processGlobal } from "@/lib/data/process-global";
import { gitDir, readExistingHistory } from "./git";

/**
 * When each content file last changed, from the history: the time of the newest commit touching
 * it. The first commit ("History starts here") is left out: it records what was already on the
 * blog when the history began, not a change made then, so those files keep their own dates.
 */
export type ChangeTimes = Map<string, Date>;

/** `git log` fields for parseChangeLog: commit, parents, author date, then the changed paths. */
export const CHANGE_LOG_FORMAT = "%x00%H%x00%P%x00%aI%x00";

/**
 * Reads `git log --name-only --format=${CHANGE_LOG_FORMAT}` (newest first): the newest commit of
 * the range, and each path's newest change in it.
 */
export function parseChangeLog(out: string): { head?: string; times: ChangeTimes } {
  const fields = out.split("\0");
  const times: ChangeTimes = new Map();
  let head: string | undefined;
  for (let i = 1; i + 3 < fields.length; i += 4) {
    const [commit = "", parents = "", date = "", names = ""] = fields.slice(i, i + 4);
    if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error("Unexpected git log output");
    head ??= commit;
    if (!parents.trim()) continue; // the first commit: what was there, not a change
    const when = new Date(date);
    if (Number.isNaN(when.getTime())) continue;
    for (const name of names.split("\n")) {
      const file = name.trim();
      if (file && !times.has(file)) times.set(file, when);
    }
  }
  return { head, times };
}

/**
 * Known times and the commit they were read up to. Each call reads only the commits made since
 * (one `git log` for every file, usually with nothing new), never one git process per post. Calls
 * run one after another, so an older read never lands after a newer one.
 */
const known = processGlobal("history-change-times", () => ({
  folder: "",
  head: undefined as string | undefined,
  times: new Map() as ChangeTimes,
  queue: Promise.resolve() as Promise<unknown>,
}));

const log = (range: string[]) =>
  readExistingHistory(["log", "--name-only", `--format=${CHANGE_LOG_FORMAT}`, ...range]);

async function update(): Promise<ChangeTimes> {
  if (known.folder !== gitDir()) {
    known.folder = gitDir();
    known.head = undefined;
    known.times = new Map();
  }
  let out = await log(known.head ? [`${known.head}..HEAD`] : ["HEAD"]).catch(() => undefined);
  // No history yet, or the remembered commit is gone (a history replaced by hand): start over.
  if (out === undefined) {
    known.head = undefined;
    known.times = new Map();
    out = await log(["HEAD"]);
  }
  if (out === undefined) return known.times;
  const { head, times } = parseChangeLog(out);
  if (head) {
    // Commits newer than everything read before: their times win.
    known.times = new Map([...known.times, ...times]);
    known.head = head;
  }
  return known.times;
}

/** Each content path's last recorded change; empty while there is no history (or git fails). */
export function lastChangeTimes(): Promise<ChangeTimes> {
  const next = known.queue.then(update).catch((error: unknown) => {
    console.error("[history] could not read when posts changed", error);
    return new Map() as ChangeTimes;
  });
  known.queue = next;
  return next;
}
