import { describe, expect, test } from "vitest";
import { AVATAR_COLOURS, avatarColour, initials } from "@/lib/avatar";

describe("initials", () => {
  test.each([
    ["Ada Okafor", "AO"],
    ["Saeed Mirshekari", "SM"],
    ["Mary Ann de la Cruz", "MC"],
    ["Jean-Luc Picard", "JP"],
    ["cher", "C"],
    ["  émile   zola ", "ÉZ"],
    ["李小龙", "李"],
    ["(Sam) Rivera", "SR"],
    ["", "?"],
    ["---", "?"],
  ])("%j → %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

describe("avatarColour", () => {
  test("is the same for the same id, from the fixed palette", () => {
    expect(avatarColour("ada-okafor")).toBe(avatarColour("ada-okafor"));
    expect(AVATAR_COLOURS).toContain(avatarColour("sam-rivera"));
  });

  test("spreads ids over the palette", () => {
    const ids = Array.from({ length: 80 }, (_, i) => `mentor-${i}`);
    expect(new Set(ids.map(avatarColour)).size).toBe(AVATAR_COLOURS.length);
  });

  test("every colour keeps white initials readable (contrast at least 4.5:1)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of AVATAR_COLOURS)
      expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(4.5);
  });
});
