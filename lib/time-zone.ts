/**
 * Dates in the mentor's own time zone. Files store UTC instants; the editor's date field holds
 * the UTC form value ("2026-06-18T09:30", what the server reads) and shows it in the browser's
 * zone. Plain functions, so they run (and are tested) anywhere: the zone is an argument, and
 * `undefined` means the zone of the machine that runs them.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** The UTC form value as a `datetime-local` value in the local zone ("" when empty or invalid). */
export function utcFormToLocal(value: string): string {
  if (!value) return "";
  const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) return "";
  const seconds = date.getSeconds() ? `:${pad(date.getSeconds())}` : "";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}${seconds}`
  );
}

/** A `datetime-local` value typed in the local zone, as the UTC form value ("" when empty). */
export function localToUtcForm(value: string): string {
  if (!value) return "";
  // A date-time without an offset is read in the local zone (ECMAScript's rule for this form).
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toISOString().slice(0, date.getUTCSeconds() ? 19 : 16);
}

/** "8 December 2026 at 09:30" in the given zone. */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(new Date(iso));
}

/** "8 Dec 2026, 09:30" in the given zone: short enough for a column of a list. */
export function formatShortDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(iso));
}

/**
 * "2 Dec, 10:14" in the given zone, with the year when it is not `now`'s there ("14 Mar 2025,
 * 23:59"): how the history names a moment, as lib/format.ts's formatMoment does in UTC.
 */
export function formatMoment(iso: string, timeZone?: string, now = new Date()): string {
  const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone });
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone });
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const date = new Date(iso);
  const shownYear = year.format(date) === year.format(now) ? "" : ` ${year.format(date)}`;
  return `${day.format(date)}${shownYear}, ${time.format(date)}`;
}

/** "8 December 2026" in the given zone. */
export function formatDay(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone }).format(new Date(iso));
}

/** The browser's zone name, e.g. "Europe/Berlin". */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
