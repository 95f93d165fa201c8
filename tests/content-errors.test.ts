import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { MDX_COMPONENT_NAMES as mdxComponentNames } from "@/lib/mdx/component-names";
import { assertContentValid, loadContent } from "@/lib/content/load";
import { getPublishedPosts } from "@/lib/content/queries";
import { renderMarkdown } from "@/components/mdx/render-post";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";
import {
  clearContent,
  createContentDir,
  lineOf,
  removeContentDir,
  writePost,
} from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("errors");
});
beforeEach(() => clearContent(dir));
afterAll(() => removeContentDir(dir));

/** The messages of every content error in the folder. */
function errors(): string[] {
  return loadContent().errors.map((error) => error.message);
}

describe("front matter problems", () => {
  test("invalid YAML names the file and the line of the mistake", () => {
    const source = writePost(dir, "bad-yaml", "title: Colons: everywhere\ndate: 2024-01-01");
    expect(errors()).toEqual([
      expect.stringMatching(
        new RegExp(`^posts/bad-yaml\\.mdx:${lineOf(source, "Colons")}: invalid front matter: `),
      ),
    ]);
  });

  test("a badly indented YAML line is reported at the mapping it breaks", () => {
    const source = writePost(dir, "indent", "title: Fine\n  oops: indented\ndate: 2024-01-01");
    // YAML blames the line whose value the indented line would nest into.
    expect(errors()).toEqual([
      expect.stringContaining(
        `posts/indent.mdx:${lineOf(source, "title: Fine")}: invalid front matter`,
      ),
    ]);
  });

  test("JavaScript front matter is refused without being run", () => {
    const code = "globalThis.__ran = true;\nmodule.exports = { title: 'Ran', date: '2024-01-01' };";
    writePost(dir, "js-front-matter", code, "Body.\n", "---js");
    expect(errors()).toEqual([
      "posts/js-front-matter.mdx: only YAML front matter is supported (it starts with ---js)",
    ]);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  test("---javascript front matter is refused too", () => {
    writePost(dir, "javascript", "globalThis.__ran = true;", "Body.\n", "---javascript");
    expect(errors()[0]).toBe(
      "posts/javascript.mdx: only YAML front matter is supported (it starts with ---javascript)",
    );
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  test("a missing title names the file and the field", () => {
    writePost(dir, "no-title", { date: "2024-01-01" });
    expect(errors()).toEqual(['posts/no-title.mdx: front matter field "title" is required']);
  });

  test("an invalid date names the file, the field and the value given", () => {
    writePost(dir, "bad-date", { title: "Bad date", date: "yesterday" });
    expect(errors()).toEqual([
      expect.stringMatching(/^posts\/bad-date\.mdx: front matter field "date" .*"yesterday"/),
    ]);
  });
});

describe("file names", () => {
  test.each(["My Post.mdx", "My_Post.mdx", "CamelCase.md", "trailing-.mdx"])(
    "the file name %s is refused with a hint to use kebab-case",
    (name) => {
      writePost(dir, name, { title: "T", date: "2024-01-01" });
      expect(errors()).toEqual([
        `posts/${name}: file name must be a lowercase kebab-case slug, like my-first-post.mdx`,
      ]);
    },
  );

  test("two files with one slug are reported instead of one silently winning", () => {
    writePost(dir, "twin.md", { title: "T", date: "2024-01-01" });
    writePost(dir, "twin.mdx", { title: "T", date: "2024-01-01" });
    expect(errors()).toEqual(['posts/twin.mdx: two files share the slug "twin"']);
  });

  test("editor backups and other files in the posts folder are not content", () => {
    fs.writeFileSync(path.join(dir, "posts", ".draft.mdx"), "not yaml: [");
    fs.writeFileSync(path.join(dir, "posts", "notes.txt"), "hello");
    fs.writeFileSync(path.join(dir, "posts", "post.mdx~"), "hello");
    expect(loadContent()).toMatchObject({ posts: [], errors: [] });
  });
});

describe("MDX body problems", () => {
  const frontMatter = { title: "Has a problem", date: "2024-01-01", tags: ["one", "two"] };
  const body = "\nIntro paragraph.\n\n## Section\n\n<Carousel images={3} />\n\nAfter.\n";

  test("findMdxProblem names an unknown component and its line in the body", async () => {
    const problem = await findMdxProblem(body, "mdx", mdxComponentNames);
    expect(problem?.message).toBe(
      "there is no component called <Carousel>. You can use: Callout, Figure.",
    );
    expect(problem?.line).toBe(lineOf(body, "<Carousel"));
  });

  test("rendering an unknown component names the file and its line in the file", async () => {
    const source = writePost(dir, "unknown-component", frontMatter, body);
    const [post] = loadContent().posts;
    const render = renderMarkdown(post!.body, post!.format, post!.file, post!.bodyLineOffset);
    await expect(render).rejects.toThrow(
      `posts/unknown-component.mdx:${lineOf(source, "<Carousel")}: MDX error: there is no component called <Carousel>. You can use: Callout, Figure.`,
    );
  });

  test("an MDX syntax error names the file and its line in the file", async () => {
    const broken = "\nFine.\n\nAlso fine.\n\n<Callout type=tip>Unquoted</Callout>\n";
    const source = writePost(dir, "syntax-error", frontMatter, broken);
    const [post] = loadContent().posts;
    const problem = await findMdxProblem(post!.body, "mdx", mdxComponentNames);
    expect(problem?.line).toBe(lineOf(broken, "<Callout"));
    const render = renderMarkdown(post!.body, post!.format, post!.file, post!.bodyLineOffset);
    await expect(render).rejects.toThrow(
      new RegExp(
        `^posts/syntax-error\\.mdx:${lineOf(source, "<Callout")}: MDX error: a value in a tag must be in quotes`,
      ),
    );
  });

  test("a component that is never closed names the file and its line in the file", async () => {
    const broken = '\nFine.\n\n<Callout type="tip">\n\nNever closed.\n';
    const source = writePost(dir, "unclosed", frontMatter, broken);
    const [post] = loadContent().posts;
    const render = renderMarkdown(post!.body, post!.format, post!.file, post!.bodyLineOffset);
    await expect(render).rejects.toThrow(
      `posts/unclosed.mdx:${lineOf(source, "<Callout")}: MDX error: <Callout> is opened but never closed. Add </Callout> after its text.`,
    );
  });

  test("a valid body has no problem", async () => {
    expect(
      await findMdxProblem('<Callout type="tip">Hi</Callout>\n', "mdx", mdxComponentNames),
    ).toBe(undefined);
  });
});

describe("several broken files", () => {
  beforeEach(() => {
    writePost(dir, "good-post", { title: "Good", date: "2024-01-01" });
    writePost(dir, "a-no-title", { date: "2024-01-01" });
    writePost(dir, "b-bad-date", { title: "B", date: '"2024-02-30"' });
    writePost(dir, "Bad_Name", { title: "C", date: "2024-01-01" });
    fs.writeFileSync(path.join(dir, "authors", "nameless.md"), "---\nbio: Hi\n---\n");
  });

  test("are all reported together, while the good posts still load", () => {
    const index = loadContent();
    expect(index.posts.map((post) => post.slug)).toEqual(["good-post"]);
    expect(index.errors.map((error) => error.file).sort()).toEqual([
      "authors/nameless.md",
      "posts/Bad_Name.mdx",
      "posts/a-no-title.mdx",
      "posts/b-bad-date.mdx",
    ]);
  });

  test("stop the build with one message listing each problem", () => {
    const index = loadContent();
    expect(() => assertContentValid(index)).toThrow(/^Invalid content \(4 problems\):\n/);
    let message = "";
    try {
      assertContentValid(index);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const error of index.errors) expect(message).toContain(`  - ${error.message}`);
  });

  test("stop the published list from being built in development and tests", () => {
    expect(() => getPublishedPosts()).toThrow("Invalid content (4 problems)");
  });
});
