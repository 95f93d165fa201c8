import { describe, expect, it } from "vitest";
import { isValidSlug, MAX_SLUG_LENGTH, slugify } from "@/lib/data/slug";

describe("slugs", () => {
  it.each([
    ["Hello, World!", "hello-world"],
    ["Crème brûlée — à la carte", "creme-brulee-a-la-carte"],
    ["  --Already--slugged--  ", "already-slugged"],
    ["C++ & Rust: 2026", "c-rust-2026"],
    ["日本語", ""],
    ["A mentor's first post", "a-mentors-first-post"],
    ["Don’t ‘quote’ me", "dont-quote-me"],
  ])("the editor suggests %j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("a suggested slug stops at 80 characters without a trailing hyphen, and is always valid", () => {
    const slug = slugify(`${"word ".repeat(15)}ending`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(["hello-world", "a", "post-2026", "x".repeat(MAX_SLUG_LENGTH)])("accepts %j", (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    "",
    "Hello",
    "hello_world",
    "-hello",
    "hello-",
    "hello--world",
    "../etc",
    "x".repeat(MAX_SLUG_LENGTH + 1),
  ])("refuses %j", (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});
