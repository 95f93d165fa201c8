"use client";

import { useSyncExternalStore } from "react";
import {
  browserTimeZone,
  formatDateTime,
  formatDay,
  formatMoment,
  formatShortDateTime,
} from "@/lib/time-zone";

const never = () => () => {};

/**
 * The browser's time zone, or null while the server renders (it cannot know it): dates that
 * depend on it are filled in on the client, so none flashes in the wrong zone first.
 */
export function useTimeZone(): string | null {
  return useSyncExternalStore(never, browserTimeZone, () => null);
}

const FORMATS = {
  /** "8 December 2026 at 09:30" */
  long: formatDateTime,
  /** "8 Dec 2026, 09:30": for lists and tables. */
  short: formatShortDateTime,
  /** "2 Dec, 10:14", the year only when not this year: the history's moments. */
  moment: (iso: string, zone: string) => formatMoment(iso, zone),
  /** "8 December 2026" */
  day: formatDay,
};

/** An instant in the mentor's zone, in one of FORMATS. */
export function LocalTime({
  iso,
  format = "long",
}: {
  iso: string;
  format?: keyof typeof FORMATS;
}) {
  const zone = useTimeZone();
  return (
    <time dateTime={iso} title={zone ?? undefined}>
      {zone ? FORMATS[format](iso, zone) : ""}
    </time>
  );
}
