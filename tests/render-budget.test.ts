import { monitorEventLoopDelay } from "node:perf_hooks";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { MDX_COMPONENT_NAMES as mdxComponentNames } from "@/lib/mdx/component-names";
import { checkBackup } from "@/lib/backup/validate";
import { classifyPath } from "@/lib/backup/format";
import type { ArchiveFile } from "@/lib/backup/read-archive";
import { parsePost, toPlainText } from "@/lib/content/parse-post";
import { BudgetWorker, checkBudget } from "@/lib/mdx/budget";
import {
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  NOT_SHOWN,
  TOO_MUCH_MEMORY,
  TOO_SLOW,
  tooManyCells,
  tooManyColumns,
  tooManyElements,
} from "@/lib/mdx/limits";
import { PREVIEWS_PER_MINUTE, takePreview, tooManyPreviews } from "@/lib/mdx/preview-rate-limit";
import { renderMarkdown, renderPost } from "@/components/mdx/render-post";
import { renderPreview } from "@/components/mdx/render-preview";
import { scanTables } from "@/lib/mdx/table-scan";
import { findMdxProblem } from "@/lib/mdx/validate-mdx";

/**
 * The render budget (lib/mdx/budget.ts, budget-worker.mjs): a 7 KB table whose header has 300
 * columns over 3,000 one-cell rows was padded to 900,000 cells, kept readers waiting 40 s, and a
 * larger one ended the server ("JavaScript heap out of memory"). Every body is now measured in a
 * worker thread before the server's own thread renders it.
 */

/** A header of `columns` cells over `rows` rows of one short cell each (GFM pads every row). */
const paddedTable = (columns: number, rows: number) =>
  `${"|h".repeat(columns)}|\n${"|-".repeat(columns)}|\n${"x\n".repeat(rows)}`;
/** `rows` body rows of `columns` cells each. */
const fullTable = (columns: number, rows: number) =>
  `${"|h".repeat(columns)}|\n${"|-".repeat(columns)}|\n${`${"|x".repeat(columns)}|\n`.repeat(rows)}`;
const check = (source: string, format: "md" | "mdx" = "mdx") =>
  findMdxProblem(source, format, mdxComponentNames);

/** The longest the server's own thread went without answering while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await work();
  delay.disable();
  return delay.max / 1e6;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("tables", () => {
  const hostile = paddedTable(300, 3_000);

  test("the reported 7 KB table is refused by its column count, without stalling the server", async () => {
    expect(hostile.length).toBeLessThan(8_000);
    let problem: Awaited<ReturnType<typeof check>>;
    const stall = await longestStall(async () => {
      problem = await check(hostile);
    });
    expect(problem!).toEqual({
      message: "This table has 300 columns; a table may have at most 40.",
      line: 1,
    });
    expect(tooManyColumns(300)).toBe(problem!.message);
    expect(stall).toBeLessThan(500);
  });

  test("rows x header columns over the cell limit are refused, in .md too", async () => {
    const source = `Intro\n\n${paddedTable(MAX_TABLE_COLUMNS, 3_000)}`;
    const expected = {
      message:
        "This table would have 120,040 cells (3,001 rows of 40 columns); a table may have at most 5,000. Split it into smaller tables.",
      line: 3,
    };
    expect(await check(source, "md")).toEqual(expected);
    expect(tooManyCells(120_040, 3_001, 40)).toBe(expected.message);
  });

  test("a table at the limits passes the text scan; a wide one renders every cell", async () => {
    const rows = MAX_TABLE_CELLS / MAX_TABLE_COLUMNS - 1; // plus the header row
    expect(scanTables(fullTable(MAX_TABLE_COLUMNS, rows))).toBeUndefined();
    expect(scanTables(fullTable(MAX_TABLE_COLUMNS + 1, 1))).toMatchObject({ found: 41, line: 1 });
    expect(scanTables(fullTable(MAX_TABLE_COLUMNS, rows + 1))).toMatchObject({ found: 5_040 });
    // Rendering stays exact: GFM's padding is still there for tables that fit.
    const source = paddedTable(MAX_TABLE_COLUMNS, 20);
    expect(await check(source)).toBeUndefined();
    const html = renderToStaticMarkup((await renderMarkdown(source, "mdx", "posts/t.mdx")).content);
    expect(html.match(/<td><\/td>/g)).toHaveLength(20 * (MAX_TABLE_COLUMNS - 1));
  });

  test("many tables within the per-table limits add up to the element limit", async () => {
    // Each: 100 rows x 40 cells, plus its rows, plus table, thead and tbody.
    const source = Array.from({ length: 4 }, () => paddedTable(40, 99)).join("\n");
    expect(await check(source)).toEqual({
      message:
        "This post would produce 16,412 page elements; the most is 15,000. Split it into smaller posts or tables.",
    });
  });
});

describe("other amplifiers", () => {
  test("formulas count before KaTeX runs: 3,000 of them are refused after the parse", async () => {
    expect(await check("$x$ ".repeat(3_000))).toEqual({ message: tooManyElements(18_001) });
  });

  test("KaTeX's output is counted exactly: 1,400 small formulas make 15,401 elements", async () => {
    // Each `$x$` renders as 11 elements (HTML and MathML), in one paragraph.
    expect(await check("$x$ ".repeat(1_400))).toEqual({
      message:
        "This post would produce 15,401 page elements; the most is 15,000. Split it into smaller posts or tables.",
    });
  });

  test("a KaTeX macro that doubles itself stops at KaTeX's expansion limit", async () => {
    // \b is \a twice, \c is \b twice... \z would be 2^25 copies of "x".
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const macros = [...letters.slice(1)].map(
      (l, i) => `\\def\\${l}{\\${letters[i]}\\${letters[i]}}`,
    );
    const source = `$$\n\\def\\a{x}${macros.join("")}\\z\n$$\n`;
    expect(await check(source)).toBeUndefined();
    const html = renderToStaticMarkup((await renderMarkdown(source, "mdx", "posts/m.mdx")).content);
    expect(html).toContain("Too many expansions");
  });

  test("a link address copied into every reference counts as page text", async () => {
    const source = `[a]: https://example.com/${"x".repeat(90_000)}\n\n${"[a] ".repeat(12)}\n`;
    expect(await check(source)).toEqual({
      message:
        "This post would produce 1,080,263 characters of page text; the most is 1,000,000. Shorten it, or use long link addresses fewer times.",
    });
  });

  test("each reference to a footnote counts, with its link back beside the note", async () => {
    // 3,800 references (4 elements each), their paragraph, the note and its paragraph.
    expect(await check(`${"[^a] ".repeat(3_800)}\n\n[^a]: A note.\n`)).toEqual({
      message: tooManyElements(15_203),
    });
  });

  test("a 150,000-character line of code is left plain, not tokenized", async () => {
    const source = `\`\`\`ts\n${"a+".repeat(75_000)}\n\`\`\`\n`;
    expect(await check(source)).toBeUndefined();
  });

  test("a body slower than the time limit is refused, and the next check still works", async () => {
    const slow = `[a]: /x\n\n${"[a] ".repeat(45_000)}`;
    expect(await check(slow)).toEqual({ message: TOO_SLOW });
    expect(TOO_SLOW).toBe(
      "The post takes too long to process (over 1.5 seconds): simplify its structure.",
    );
    expect(await check("# Fine\n\nA *short* post.\n")).toBeUndefined();
  });
});

describe("the server's own thread", () => {
  test.each([
    ["unclosed tags", "<a "],
    ["image openers", "!["],
    ["link openers", "["],
    ["links without an end", "[a]("],
    ["fences on one line", "```"],
  ])("search text from 180,000 characters of %s takes well under a second", (_, unit) => {
    // Run at every save and content reload, before any check: it was quadratic (a minute here).
    const source = unit.repeat(Math.floor(180_000 / unit.length));
    const started = performance.now();
    toPlainText(source);
    expect(performance.now() - started).toBeLessThan(300);
  });

  test("a body nested thousands deep shows the notice instead of failing the page", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const post = parsePost({
      slug: "deep",
      file: "posts/deep.mdx",
      format: "mdx",
      source: `---\ntitle: Deep\ndate: 2024-01-01\n---\n\n${"<div>".repeat(15_000)}x\n`,
    });
    const { content } = await renderPost(post);
    expect(renderToStaticMarkup(content)).toContain(NOT_SHOWN);
    expect(log).toHaveBeenCalledWith(
      "posts/deep.mdx:6: MDX error: The post is nested too deeply: use at most 50 levels of quotes, lists or elements.",
    );
  });
});

describe("the worker", () => {
  test("a check still running at the kill time is stopped, and the next one starts a new worker", async () => {
    const worker = new BudgetWorker(200);
    expect(await worker.check("warm", "mdx")).toMatchObject({ ok: true });
    expect(await worker.check(`[a]: /x\n\n${"[a] ".repeat(45_000)}`, "mdx")).toEqual({
      ok: false,
      limit: "time",
    });
    expect(await worker.check("# Fine\n", "mdx")).toEqual({ ok: true, elements: 1, text: 4 });
  });

  test("a worker out of heap ends alone: the verdict is memory, and the server goes on", async () => {
    // CPU time is no limit here (60 s), so only the heap can end this check: with the usual 1.5 s
    // a busy machine's garbage collection could reach the time limit first.
    const worker = new BudgetWorker(120_000, 32, 60_000);
    const tables = Array.from({ length: 3 }, () => fullTable(40, 120)).join("\n");
    expect(await worker.check(tables, "mdx")).toEqual({ ok: false, limit: "memory" });
    expect(await worker.check("# Fine\n", "mdx")).toEqual({ ok: true, elements: 1, text: 4 });
    expect(TOO_MUCH_MEMORY).toBe(
      "This post needs too much memory to show: simplify it or split it into smaller posts.",
    );
  });
});

describe("verdicts, pages and imports", () => {
  test("a verdict is cached by the body's hash: the second check does not wait for the worker", async () => {
    const source = paddedTable(41, 2);
    const first = await checkBudget(source, "mdx");
    const started = performance.now();
    expect(await checkBudget(source, "mdx")).toEqual(first);
    expect(performance.now() - started).toBeLessThan(20);
  });

  test("a post over budget shows a short notice, and the log names its file and the limit", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const post = parsePost({
      slug: "huge-table",
      file: "posts/huge-table.mdx",
      format: "mdx",
      source: `---\ntitle: Huge\ndate: 2024-01-01\n---\n\n${paddedTable(300, 3_000)}`,
    });
    const { content, headings } = await renderPost(post);
    expect(renderToStaticMarkup(content)).toBe(`<p class="not-prose text-muted">${NOT_SHOWN}</p>`);
    expect(NOT_SHOWN).toBe("This post could not be shown.");
    expect(headings).toEqual([]);
    expect(log).toHaveBeenCalledWith(
      "posts/huge-table.mdx:6: MDX error: This table has 300 columns; a table may have at most 40.",
    );
  });

  test("a backup holding the table is refused, naming the file, line and limit", async () => {
    const name = "content/posts/huge-table.mdx";
    const source = `---\ntitle: Huge\ndate: 2024-01-01\n---\n\n${paddedTable(300, 3_000)}`;
    const file = {
      name,
      path: classifyPath(name),
      bytes: new TextEncoder().encode(source),
    } as ArchiveFile;
    await expect(checkBackup([file])).rejects.toThrow(
      "content/posts/huge-table.mdx:6: MDX error: This table has 300 columns; a table may have at most 40.",
    );
  });
});

describe("preview", () => {
  test("refuses the hostile table in plain words, with its line", async () => {
    expect(await renderPreview(paddedTable(300, 3_000), "mdx", "acct-preview-1")).toEqual({
      ok: false,
      message: "This table has 300 columns; a table may have at most 40.",
      line: 1,
    });
  });

  test("renders a fine body and names the line of a syntax error", async () => {
    const fine = await renderPreview(
      "# Hi\n\n| a | b |\n|-|-|\n| 1 | 2 |\n",
      "md",
      "acct-preview-2",
    );
    expect(fine.ok && renderToStaticMarkup(fine.content)).toContain("<td>2</td>");
    expect(await renderPreview("Fine\n\n<Nope>\n", "mdx", "acct-preview-2")).toMatchObject({
      ok: false,
      line: 3,
    });
  });

  test(`allows ${PREVIEWS_PER_MINUTE} previews a minute per account`, async () => {
    const now = 1_000_000;
    for (let i = 0; i < PREVIEWS_PER_MINUTE; i++) expect(takePreview("acct-rate", now + i)).toBe(0);
    expect(takePreview("acct-rate", now + 48_000)).toBe(12_000);
    expect(tooManyPreviews(12_000)).toBe(
      "Too many previews: at most 30 a minute. The preview will work again in 12 seconds.",
    );
    // Another account is not affected; the first one is allowed again once a minute has passed.
    expect(takePreview("acct-other", now + 48_000)).toBe(0);
    expect(takePreview("acct-rate", now + 60_000)).toBe(0);
  });

  test("the 31st preview in a minute is refused without rendering", async () => {
    for (let i = 0; i < PREVIEWS_PER_MINUTE; i++) takePreview("acct-preview-3");
    const result = await renderPreview("# Hi\n", "mdx", "acct-preview-3");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^Too many previews: at most 30 a minute\. The preview will work again in (60|59) seconds\.$/,
    );
  });
});
