import { describe, expect, it } from "vitest";
import { rateWindow } from "@/lib/data/rate-window";

describe("rateWindow", () => {
  it("counts up to the limit in a minute, then answers the wait until the oldest leaves", () => {
    const window = rateWindow(`test-${Math.random()}`, 3);
    expect([0, 10, 20].map((at) => window.take("ada", 1_000 + at))).toEqual([0, 0, 0]);
    expect(window.take("ada", 31_000)).toBe(30_000);
    // A refused action does not count: the wait still ends when the first action is a minute old.
    expect(window.take("ada", 60_999)).toBe(1);
    expect(window.take("ada", 61_000)).toBe(0);
  });

  it("keeps keys apart, and clear forgets every count", () => {
    const window = rateWindow(`test-${Math.random()}`, 1);
    expect(window.take("ada", 0)).toBe(0);
    expect(window.take("grace", 0)).toBe(0);
    expect(window.take("ada", 1)).toBe(59_999);
    window.clear();
    expect(window.take("ada", 2)).toBe(0);
  });

  it("two windows of one name share their counts, as two bundles of one server do", () => {
    const name = `shared-${Math.random()}`;
    expect(rateWindow(name, 1).take("ada", 0)).toBe(0);
    expect(rateWindow(name, 1).take("ada", 0)).toBe(60_000);
  });
});
