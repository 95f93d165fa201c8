import { describe, expect, test } from "vitest";
import { lastChecked, monthsBefore, needsCheck, showsCheckNotice } from "@/lib/content/freshness";

const now = new Date("2026-12-02T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("when a post was last checked (issue #13)", () => {
  test("the check counts first, then the last update, then the date", () => {
    const date = day("2020-01-01");
    expect(lastChecked({ date })).toEqual(date);
    expect(lastChecked({ date, updated: day("2022-02-02") })).toEqual(day("2022-02-02"));
    expect(lastChecked({ date, updated: day("2022-02-02"), reviewed: day("2021-01-01") })).toEqual(
      day("2021-01-01"),
    );
  });

  test("months are calendar months in UTC", () => {
    expect(monthsBefore(now, 24).toISOString()).toBe("2024-12-02T12:00:00.000Z");
    expect(monthsBefore(new Date("2026-03-31T00:00:00Z"), 1).toISOString()).toBe(
      "2026-03-03T00:00:00.000Z",
    );
  });

  test("readers are told only about a recorded check older than the setting", () => {
    expect(showsCheckNotice({ reviewed: day("2024-12-01") }, 24, now)).toBe(true);
    expect(showsCheckNotice({ reviewed: day("2024-12-03") }, 24, now)).toBe(false);
    expect(showsCheckNotice({ reviewed: day("2025-06-01") }, 12, now)).toBe(true);
    expect(showsCheckNotice({}, 24, now)).toBe(false);
  });

  test("the admin lists any post whose last known check is older, recorded or not", () => {
    expect(needsCheck({ date: day("2020-01-01") }, 24, now)).toBe(true);
    expect(needsCheck({ date: day("2020-01-01"), reviewed: day("2026-01-01") }, 24, now)).toBe(
      false,
    );
    expect(needsCheck({ date: day("2026-01-01") }, 24, now)).toBe(false);
  });
});
