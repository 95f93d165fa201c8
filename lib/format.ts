const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "5 October 2024": dates are shown in UTC so a build anywhere prints the same day. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "October 2024", in UTC like formatDate. */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

const shortDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const shortYear = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" });

/**
 * "2 Dec, 10:14" (UTC), with the year when it is not `now`'s: how the history names a moment,
 * short enough for a list and a button's dialog.
 */
export function formatMoment(date: Date, now = new Date()): string {
  const year = shortYear.format(date) === shortYear.format(now) ? "" : ` ${shortYear.format(date)}`;
  return `${shortDate.format(date)}${year}, ${timeFormat.format(date)}`;
}
