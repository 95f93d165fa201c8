import { pluralise } from "@/lib/format";

/**
 * When a share link stops working, in words: "expires in 47 hours, on 4 December at 09:30", in the
 * given time zone (the mentor's: the editor fills it in in the browser). Whole hours are rounded
 * down (a link made a moment ago has 47 full hours left), then minutes in the last hour; the year
 * is named only when it is not the current one.
 */
export function expiryInWords(expiresAt: Date, now: Date, timeZone: string): string {
  const dayAndMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone });
  const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone });
  const clock = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const left = expiresAt.getTime() - now.getTime();
  const sameYear = year.format(expiresAt) === year.format(now);
  const when = `${dayAndMonth.format(expiresAt)}${sameYear ? "" : ` ${year.format(expiresAt)}`} at ${clock.format(expiresAt)}`;
  if (left <= 0) return `expired on ${when}`;
  const hours = Math.floor(left / 3_600_000);
  const span =
    hours >= 1
      ? pluralise(hours, "hour")
      : pluralise(Math.max(1, Math.floor(left / 60_000)), "minute");
  return `expires in ${span}, on ${when}`;
}
