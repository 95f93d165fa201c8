import { processGlobal } from "@/lib/data/process-global";
import { pluralise } from "@/lib/format";

/**
 * Previews per account: each one may cost the server up to a second of rendering, so one account
 * cannot keep it busy. The editor previews half a second after typing stops, which stays well
 * under this. Kept in memory: a restart forgets the count.
 */
export const PREVIEWS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

const recent = processGlobal("preview-rate", () => new Map<string, number[]>());

/** Counts one preview; returns milliseconds to wait when the account is over its limit (0 if not). */
export function takePreview(accountId: string, now = Date.now()): number {
  const times = (recent.get(accountId) ?? []).filter((at) => now - at < WINDOW_MS);
  if (times.length >= PREVIEWS_PER_MINUTE) {
    recent.set(accountId, times);
    return WINDOW_MS - (now - times[0]!);
  }
  times.push(now);
  recent.set(accountId, times);
  // Forget accounts that stopped previewing, so the map does not grow with every account.
  if (recent.size > 1_000)
    for (const [id, list] of recent)
      if (now - list[list.length - 1]! >= WINDOW_MS) recent.delete(id);
  return 0;
}

export function tooManyPreviews(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return (
    `Too many previews: at most ${PREVIEWS_PER_MINUTE} a minute. ` +
    `The preview will work again in ${pluralise(seconds, "second")}.`
  );
}
