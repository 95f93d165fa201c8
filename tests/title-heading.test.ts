import { describe, expect, test } from "vitest";
import { withoutTitleHeading } from "@/lib/content/title-heading";

const title = "Neural Networks in Machine Learning and Data Science";

describe("withoutTitleHeading", () => {
  test("drops an opening heading that repeats the title, keeping the line count", () => {
    const body = `## ${title}\n\n### Introduction\n\nText.`;
    expect(withoutTitleHeading(body, title)).toBe("\n\n### Introduction\n\nText.");
  });

  test("ignores blank lines before it, case, emphasis and a closing full stop", () => {
    expect(
      withoutTitleHeading(
        `\n# **neural networks in machine learning and data science.**\nText`,
        title,
      ),
    ).toBe("\n\nText");
  });

  test("keeps a heading that says something else, or that comes after text", () => {
    const other = `## Neural Networks\n\nText.`;
    expect(withoutTitleHeading(other, title)).toBe(other);
    const later = `Intro.\n\n## ${title}\n`;
    expect(withoutTitleHeading(later, title)).toBe(later);
  });

  test("keeps a body that is only text, or empty", () => {
    expect(withoutTitleHeading(title, title)).toBe(title);
    expect(withoutTitleHeading("", title)).toBe("");
  });
});
