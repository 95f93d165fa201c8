import { pluralise } from "@/lib/format";

const dayAndMonth = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});
const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" });
const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/**
 * When a share link stops working, in words: "expires in 47 hours, on 4 December at 09:30 UTC".
 * Whole hours are rounded down (a link made a moment ago has 47 full hours left), then minutes in
 * the last hour. Times are UTC, as everywhere else in the editor; the year is named only when it
 * is not the current one.
 */
export function expiryInWords(expiresAt: Date, now = new Date()): string {
  const left = expiresAt.getTime() - now.getTime();
  const sameYear = year.format(expiresAt) === year.format(now);
  const when = `${dayAndMonth.format(expiresAt)}${sameYear ? "" : ` ${year.format(expiresAt)}`} at ${clock.format(expiresAt)} UTC`;
  if (left <= 0) return `expired on ${when}`;
  const hours = Math.floor(left / 3_600_000);
  const span =
    hours >= 1
      ? pluralise(hours, "hour")
      : pluralise(Math.max(1, Math.floor(left / 60_000)), "minute");
  return `expires in ${span}, on ${when}`;
}
