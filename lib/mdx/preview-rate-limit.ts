import { rateWindow } from "@/lib/data/rate-window";
import { pluralise } from "@/lib/format";

/**
 * Previews per account: each one may cost the server up to a second of rendering, so one account
 * cannot keep it busy. The editor previews half a second after typing stops, which stays well
 * under this. Kept in memory: a restart forgets the count.
 */
export const PREVIEWS_PER_MINUTE = 30;
const previews = rateWindow("previews", PREVIEWS_PER_MINUTE);

/** Counts one preview; returns milliseconds to wait when the account is over its limit (0 if not). */
export const takePreview = (accountId: string, now = Date.now()): number =>
  previews.take(accountId, now);

export function tooManyPreviews(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return (
    `Too many previews: at most ${PREVIEWS_PER_MINUTE} a minute. ` +
    `The preview will work again in ${pluralise(seconds, "second")}.`
  );
}
