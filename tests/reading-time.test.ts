import { describe, expect, it } from "vitest";
import { readingMinutes } from "@/lib/content/reading-time";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("readingMinutes", () => {
  it("counts 200 words a minute, rounded", () => {
    expect(readingMinutes(words(400))).toBe(2);
    expect(readingMinutes(words(1100))).toBe(6);
  });

  it("never says zero minutes, even for an empty post", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Hello")).toBe(1);
  });

  it("counts each Chinese, Japanese or Korean character as a word", () => {
    expect(readingMinutes("学".repeat(600))).toBe(3);
    expect(readingMinutes(`${"ひ".repeat(200)} ${words(200)}`)).toBe(2);
  });

  it("ignores runs of whitespace between words", () => {
    expect(readingMinutes(`  ${words(200).replace(/ /g, " \n\t ")}  `)).toBe(1);
    expect(readingMinutes(words(300).replace(/ /g, "   "))).toBe(2);
  });
});
