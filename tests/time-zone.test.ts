import { afterEach, describe, expect, it, vi } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatMoment,
  formatShortDateTime,
  localToUtcForm,
  utcFormToLocal,
} from "@/lib/time-zone";

// The helpers read the zone of the process: each test sets it (Node reads TZ on every call).
const inZone = (zone: string) => vi.stubEnv("TZ", zone);
afterEach(() => vi.unstubAllEnvs());

describe("the editor's date field in the mentor's zone", () => {
  it("shows a stored UTC time in New York's winter zone and reads it back", () => {
    inZone("America/New_York");
    expect(utcFormToLocal("2026-12-08T14:30")).toBe("2026-12-08T09:30");
    expect(localToUtcForm("2026-12-08T09:30")).toBe("2026-12-08T14:30");
  });

  it("follows summer time, and crosses midnight", () => {
    inZone("Europe/Berlin");
    expect(utcFormToLocal("2026-07-01T22:30")).toBe("2026-07-02T00:30");
    expect(localToUtcForm("2026-07-02T00:30")).toBe("2026-07-01T22:30");
  });

  it("keeps seconds when there are some, and leaves empty values empty", () => {
    inZone("Asia/Kolkata");
    expect(utcFormToLocal("2026-12-08T14:30:15")).toBe("2026-12-08T20:00:15");
    expect(localToUtcForm("2026-12-08T20:00:15")).toBe("2026-12-08T14:30:15");
    expect(utcFormToLocal("")).toBe("");
    expect(localToUtcForm("")).toBe("");
    expect(utcFormToLocal("not a date")).toBe("");
  });

  it("formats an instant in a given zone", () => {
    expect(formatDateTime("2026-12-08T14:30:00Z", "America/New_York")).toBe(
      "8 December 2026 at 09:30",
    );
    expect(formatDay("2026-12-08T02:00:00Z", "America/New_York")).toBe("7 December 2026");
    const now = new Date("2026-12-02T12:00:00Z");
    expect(formatMoment("2026-12-02T02:05:00Z", "America/New_York", now)).toBe("1 Dec, 21:05");
    // New Year in New York is still the old year there.
    expect(formatMoment("2026-01-01T03:00:00Z", "America/New_York", now)).toBe(
      "31 Dec 2025, 22:00",
    );
    expect(formatShortDateTime("2026-12-08T02:05:00Z", "America/New_York")).toBe(
      "7 Dec 2026, 21:05",
    );
  });
});
