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

const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "October 2024", in UTC like formatDate. */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}
