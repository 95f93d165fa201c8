import { describe, expect, test } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { plainMdxProblem } from "@/lib/mdx/plain-problem";
import { findMdxProblem, onlyBlocksPublishing } from "@/lib/mdx/validate-mdx";

/** What a mentor sees at save: the check as the editor's save runs it. */
const check = (body: string) => findMdxProblem(body, "mdx", MDX_COMPONENT_NAMES, { strict: true });

describe("MDX mistakes in a mentor's words", () => {
  test.each([
    [
      "a stray brace",
      "Intro.\n\nA set like {a, b",
      3,
      "a { starts a code expression. To show a brace, write \\{ (with the backslash).",
    ],
    [
      "a component never closed",
      "Intro.\n\nMore.\n\n<Callout>\n\nTip text.",
      5,
      "<Callout> is opened but never closed. Add </Callout> after its text.",
    ],
    [
      "a component never closed inside a paragraph",
      "Some <Callout> text",
      1,
      "<Callout> is opened but never closed. Add </Callout> after its text.",
    ],
    [
      "an unknown component",
      "One.\n\nTwo.\n\nThree.\n\n<Chart />",
      7,
      "there is no component called <Chart>. You can use: Callout, Figure.",
    ],
    [
      "the wrong closing tag",
      "<Callout>\n\nText\n\n</Figure>",
      5,
      "</Figure> closes a tag that is not open here: <Callout> is still open. Add </Callout> before it.",
    ],
    [
      "a closing tag with no opening",
      "Text\n\n</Callout>",
      3,
      "a closing tag (like </Callout>) has no opening tag before it. Remove it, or add the opening tag.",
    ],
    [
      "a less-than sign",
      "If x<3 then stop.",
      1,
      "a < starts a tag here. To show the sign itself, write \\< (with the backslash).",
    ],
    [
      "an unquoted value",
      "<Callout type=tip>Hi</Callout>",
      1,
      'a value in a tag must be in quotes, like <Callout type="tip">.',
    ],
    [
      "an HTML comment",
      "<!-- later -->",
      1,
      "HTML comments (<!-- … -->) cannot be used in a post: remove it.",
    ],
  ])("%s", async (_, body, line, message) => {
    const problem = await check(body);
    expect(problem).toEqual({ message, line, kind: "syntax" });
    expect(onlyBlocksPublishing(problem!)).toBe(true);
  });

  test("what would run code stays refused, and blocks drafts too", async () => {
    const problem = await check("Home is {process.env.HOME}.");
    expect(problem).toEqual({
      message:
        "{…} code expressions cannot be used in a post. To show a brace, write \\{ (with the backslash).",
      line: 1,
    });
    expect(onlyBlocksPublishing(problem!)).toBe(false);
    const script = await check("<script>alert(1)</script>");
    expect(script).toEqual({ message: "<script> is not allowed in posts.", line: 1 });
  });

  test("limits block drafts too", async () => {
    const problem = await check(`${"> ".repeat(60)}deep`);
    expect(problem?.kind).toBeUndefined();
    expect(onlyBlocksPublishing(problem!)).toBe(false);
  });

  test("no parser jargon reaches the mentor; a message without a line starts with a capital", () => {
    expect(plainMdxProblem("Unexpected character `!` (U+0021) in something", 4)).toBe(
      "this part cannot be read. Look for a stray < or {, or a tag that is not closed; to show < or { as text, write \\< or \\{.",
    );
    expect(plainMdxProblem("Expected a closing tag for `<div>`", undefined)).toBe(
      "<div> is opened but never closed. Add </div> after its text.",
    );
    expect(plainMdxProblem("a { starts", undefined)).toBe("A { starts");
    // Our own refusals are already plain.
    expect(plainMdxProblem("<iframe> is not allowed in posts.", 2)).toBe(
      "<iframe> is not allowed in posts.",
    );
  });
});
