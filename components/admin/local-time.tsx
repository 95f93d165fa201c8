"use client";

import { useSyncExternalStore } from "react";
import { browserTimeZone, formatDateTime, formatDay } from "@/lib/time-zone";

const never = () => () => {};

/**
 * The browser's time zone, or null while the server renders (it cannot know it): dates that
 * depend on it are filled in on the client, so none flashes in the wrong zone first.
 */
export function useTimeZone(): string | null {
  return useSyncExternalStore(never, browserTimeZone, () => null);
}

/** An instant in the mentor's zone: "8 December 2026 at 09:30", or the day alone. */
export function LocalTime({ iso, day = false }: { iso: string; day?: boolean }) {
  const zone = useTimeZone();
  return (
    <time dateTime={iso} title={zone ?? undefined}>
      {zone ? (day ? formatDay(iso, zone) : formatDateTime(iso, zone)) : ""}
    </time>
  );
}
