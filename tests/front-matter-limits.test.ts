import matter from "gray-matter";
import YAML from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content/load";
import { parseAuthor } from "@/lib/content/parse-author";
import { parsePost } from "@/lib/content/parse-post";
import { FRONT_MATTER_LIMITS, splitFrontMatter } from "@/lib/content/split-front-matter";
import { writePost } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import {
  clearContent,
  createContentDir,
  removeContentDir,
  writePost as writePostFile,
} from "./support/content-fixture";
import { createDataDir, listDir, removeDataDir } from "./support/data-dir";

/**
 * Front matter is YAML only, and small (split-front-matter.ts): a `---json` file was still accepted
 * on import, and one with 40,000 keys held the server for seconds. Each limit is checked where
 * the site loads content, where the editor saves, and (tests/backup.test.ts) where a backup imports.
 */

const parse = (source: string, file = "posts/x.md") =>
  parsePost({ slug: "x", file, format: "md", source });

const refusal = (source: string, file = "posts/x.md"): string => {
  try {
    parse(source, file);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

const fields = (count: number) =>
  [
    "title: Fine",
    "date: 2024-01-01",
    ...Array.from({ length: count - 2 }, (_, i) => `extra${i}: 1`),
  ].join("\n");

describe("only YAML front matter is read", () => {
  test.each([
    ["json", '---json\n{ "title": "From JSON", "date": "2024-01-01" }\n---\nBody.\n'],
    ["js", "---js\nglobalThis.__ranFrontMatter = true;\nmodule.exports = { title: 'x' }\n---\nx\n"],
    ["javascript", "---javascript\nglobalThis.__ranFrontMatter = true;\n---\nx\n"],
    ["coffee", '---coffee\ntitle: "x"\n---\nx\n'],
    ["toml", '---toml\ntitle = "From TOML"\n---\nx\n'],
    ["JSON", '---JSON\n{ "title": "x" }\n---\nx\n'],
    ["json", '--- json \r\n{ "title": "x" }\r\n---\r\nx\r\n'],
    ["nonsense", "---nonsense\ntitle: x\n---\nx\n"],
  ])("---%s is refused with a message naming the file", (language, source) => {
    expect(refusal(source)).toBe(
      `posts/x.md: only YAML front matter is supported (it starts with ---${language})`,
    );
    expect((globalThis as { __ranFrontMatter?: boolean }).__ranFrontMatter).toBeUndefined();
  });

  test("author profiles follow the same rule", () => {
    expect(() =>
      parseAuthor({
        slug: "ada",
        file: "authors/ada.md",
        format: "md",
        source: '---json\n{ "name": "Ada" }\n---\n',
      }),
    ).toThrow("authors/ada.md: only YAML front matter is supported (it starts with ---json)");
  });

  test("---yaml and ---yml are YAML, and read as such", () => {
    for (const opener of ["---yaml", "---yml", "---YAML"]) {
      expect(parse(`${opener}\ntitle: Fine\ndate: 2024-01-01\n---\nBody.\n`).title).toBe("Fine");
    }
  });

  /** gray-matter with the YAML engine the blog used before: the split must not move. */
  const grayMatter = (source: string) => {
    const parsed = matter(source, {
      engines: { yaml: (text: string) => YAML.parse(text, { schema: "core" }) ?? {} },
    });
    return { data: { ...parsed.data }, body: parsed.content };
  };

  test.each([
    ["a plain post", "---\ntitle: Hi\ndate: 2024-01-01\n---\nBody.\n"],
    ["CRLF line ends", "---\r\ntitle: Hi\r\n---\r\nBody.\r\n"],
    ["a byte order mark", "\uFEFF---\ntitle: Hi\n---\nBody.\n"],
    ["empty front matter", "---\n---\nBody.\n"],
    ["comments only", "---\n# nothing here\n---\nBody.\n"],
    ["no closing fence", "---\ntitle: Hi\n"],
    ["no front matter", "Just a body.\n---\nnot: front matter\n"],
    ["a ---- rule first", "----\ntitle: Hi\n---\nBody.\n"],
    ["spaces after the opener", "---   \ntitle: Hi\n---\n\nBody after a blank line.\n"],
    ["a ---yaml opener", "---yaml\ntitle: Hi\n---\nBody.\n"],
    ["--- inside the body", "---\ntitle: Hi\n---\nBody.\n\n---\n\nMore.\n"],
  ])("splits %s exactly where gray-matter did", (_name, source) => {
    expect(splitFrontMatter(source, "posts/x.md")).toEqual(grayMatter(source));
  });

  test("invalid YAML still names the file's line", () => {
    expect(refusal("---\ntitle: Fine\ndate: 2024-01-01\nbad: [unclosed\n---\nx\n")).toMatch(
      /^posts\/x\.md:4: invalid front matter: /,
    );
  });
});

describe("front matter size limits", () => {
  test(`${FRONT_MATTER_LIMITS.bytes / 1024} KB of front matter is accepted; one byte more is refused`, () => {
    const block = (bytes: number) => {
      const head = "\ntitle: Fine\ndate: 2024-01-01\ndescription: ";
      return head + "d".repeat(bytes - head.length);
    };
    expect(Buffer.byteLength(block(16 * 1024))).toBe(16 * 1024);
    expect(parse(`---${block(16 * 1024)}\n---\nBody.\n`).title).toBe("Fine");
    expect(refusal(`---${block(16 * 1024 + 1)}\n---\nBody.\n`)).toBe(
      "posts/x.md: front matter is too long (16.1 KB; at most 16 KB). Keep long text in the post body.",
    );
  });

  test("multi-byte characters count as bytes", () => {
    const emoji = "é".repeat(8 * 1024 + 1); // 2 bytes each
    expect(refusal(`---\ntitle: ${emoji}\n---\nx\n`)).toMatch(/front matter is too long/);
  });

  test("50 top-level fields are accepted; 51 are refused", () => {
    expect(parse(`---\n${fields(50)}\n---\nx\n`).title).toBe("Fine");
    expect(refusal(`---\n${fields(51)}\n---\nx\n`)).toBe(
      "posts/x.md: front matter has too many fields (51; at most 50). Remove the fields this blog does not use.",
    );
  });

  test("fields written as one flow mapping are counted too", () => {
    const flow = `{title: Fine, date: 2024-01-01, ${Array.from({ length: 49 }, (_, i) => `k${i}: 1`).join(", ")}}`;
    expect(refusal(`---\n${flow}\n---\nx\n`)).toBe(
      "posts/x.md: front matter has too many fields (51; at most 50). Remove the fields this blog does not use.",
    );
  });

  test("40,000 keys are refused at once, without parsing them", () => {
    const source = `---\n${fields(40_000)}\n---\nx\n`;
    const started = performance.now();
    expect(refusal(source)).toMatch(/^posts\/x\.md: front matter is too long \(\d+\.\d KB/);
    // Parsing them took 18 s of CPU before the limit; the refusal reads no YAML at all.
    expect(performance.now() - started).toBeLessThan(500);
    // Under the byte limit, the count alone refuses, before the parser's quadratic key check.
    const small = Array.from({ length: 2500 }, (_, i) => `${i}:`).join("\n");
    expect(Buffer.byteLength(small)).toBeLessThan(16 * 1024);
    expect(refusal(`---\n${small}\n---\nx\n`)).toMatch(/too many fields \(2500; at most 50\)/);
  });

  test("a YAML alias bomb is refused before it expands", () => {
    const bomb = [
      "title: Fine",
      "date: 2024-01-01",
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ..."bcdefghi".split("").map((name, i) => {
        const previous = "abcdefghi"[i];
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`;
      }),
    ].join("\n");
    expect(refusal(`---\n${bomb}\n---\nx\n`)).toBe(
      "posts/x.md: front matter uses more than 10 YAML aliases (*name). Write the values out instead.",
    );
    // A few aliases are fine.
    expect(parse("---\ntitle: &t Fine\ndate: 2024-01-01\nmeta_title: *t\n---\nx\n").metaTitle).toBe(
      "Fine",
    );
  });

  test("nesting deeper than 10 levels is refused, however it is written", () => {
    const nested = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
    expect(parse(`---\ntitle: Fine\ndate: 2024-01-01\nx: ${nested(9)}\n---\nx\n`).title).toBe(
      "Fine",
    );
    const tooDeep =
      "posts/x.md: front matter is nested too deeply (lists and maps at most 10 levels deep)";
    expect(refusal(`---\ntitle: Fine\ndate: 2024-01-01\nx: ${nested(10)}\n---\nx\n`)).toBe(tooDeep);
    // Deep enough to overflow the parser's stack: still the same plain message.
    expect(refusal(`---\nx: ${nested(8000)}\n---\nx\n`)).toBe(tooDeep);
    const block = Array.from({ length: 12 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n");
    expect(refusal(`---\ntitle: Fine\n${block} 1\n---\nx\n`)).toBe(tooDeep);
  });

  test("front matter that is not a set of fields is refused", () => {
    expect(refusal("---\n- just\n- a list\n---\nx\n")).toBe(
      "posts/x.md: front matter must be a list of fields (name: value), one per line",
    );
  });
});

describe("the limits apply where content is loaded and saved", () => {
  let dir: string;
  let data: string;

  beforeAll(() => {
    dir = createContentDir("front-matter-limits");
    data = createDataDir("front-matter-limits");
  });
  beforeEach(() => clearContent(dir));
  afterAll(() => {
    removeContentDir(dir);
    removeDataDir(data);
  });

  test("a bad file on disk is a content error; the other posts still load", () => {
    writePostFile(dir, "good", { title: "Good", date: "2024-01-01" });
    writePostFile(dir, "json", '{ "title": "J", "date": "2024-01-01" }', "x\n", "---json");
    writePostFile(dir, "huge", fields(40_000));
    writePostFile(dir, "many", fields(51));
    const index = loadContent();
    expect(index.posts.map((post) => post.slug)).toEqual(["good"]);
    expect(index.errors.map((error) => error.message).sort()).toEqual([
      expect.stringMatching(
        /^posts\/huge\.mdx: front matter is too long \(\d+\.\d KB; at most 16 KB\)/,
      ),
      "posts/json.mdx: only YAML front matter is supported (it starts with ---json)",
      "posts/many.mdx: front matter has too many fields (51; at most 50). Remove the fields this blog does not use.",
    ]);
  });

  test("a save whose front matter breaks a limit is refused and writes nothing", async () => {
    const extra = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, i]));
    const before = listDir(`${dir}/posts`);
    await expect(
      writePost({
        slug: "too-many",
        data: { title: "Too many", date: "2024-01-01", ...extra },
        body: "Body.\n",
      }),
    ).rejects.toThrow(
      /^posts\/too-many\.mdx: front matter has too many fields \(6\d; at most 50\)/,
    );
    expect(listDir(`${dir}/posts`)).toEqual(before);
    expect(await readPostFile("too-many")).toBeUndefined();
  });
});
