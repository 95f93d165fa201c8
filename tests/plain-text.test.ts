import { describe, expect, test } from "vitest";
import { toPlainText } from "@/lib/content/plain-text";
import { snippetAround } from "@/lib/content/search";

/** Search results, snippets, reading time and bios read posts as plain words, never as syntax. */
describe("toPlainText", () => {
  test.each([
    [
      "footnote markers and notes",
      "Small ones[^1].\n\n[^2]: For linear fits.",
      "Small ones. For linear fits.",
    ],
    [
      "emphasis, code and links",
      "A **bold** `code` [link](https://x.dev) word.",
      "A bold code link word.",
    ],
    [
      "reference links and their definitions",
      'See [the docs][d].\n\n[d]: https://x.dev "Docs"',
      "See the docs.",
    ],
    ["headings, quotes and lists", "## Title\n\n> Quote\n\n- one\n1. two", "Title Quote one two"],
    ["task lists", "- [ ] todo\n- [x] done", "todo done"],
    [
      "table dividers and rules",
      "| a | b |\n| --- | :-: |\n| 1 | 2 |\n\n---\n\nEnd",
      "a b 1 2 End",
    ],
    ["display maths", "Before\n\n$$\nL = \\frac{1}{n}\n$$\n\nafter", "Before after"],
    [
      "inline maths, keeping its letters",
      "predicts $\\hat{y}_i = w x_i$ here",
      "predicts y i = w x i here",
    ],
    [
      "HTML comments and MDX tags",
      '<!-- note -->Hi <Callout type="tip">there</Callout>',
      "Hi there",
    ],
    ["entities", "Q&amp;A &lt;3", "Q&A <3"],
    [
      "an unclosed comment or maths opener, keeping what follows",
      "a <!-- b\n\nprice $$ c",
      "a b price c",
    ],
    ["images, keeping their alt text", "![A chart](/x.png) shows", "A chart shows"],
  ])("drops %s", (_, markdown, plain) => {
    expect(toPlainText(markdown)).toBe(plain);
  });

  test("keeps the words of code blocks, searchable", () => {
    expect(toPlainText("```python\nprint(total)\n```")).toBe("print(total)");
  });
});

describe("snippetAround", () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");

  test("cuts between words, with an ellipsis where text was left out", () => {
    const at = text.indexOf("word30");
    expect(snippetAround(text, at)).toBe(
      "…word22 word23 word24 word25 word26 word27 word28 word29 word30 word31 word32 word33 " +
        "word34 word35 word36 word37 word38 word39 word40 word41 word42 word43 word44…",
    );
  });

  test("starts at the beginning without an ellipsis when the match is early", () => {
    expect(snippetAround("Short text with a match.", 6)).toBe("Short text with a match.");
  });
});
