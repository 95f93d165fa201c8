import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type Browser } from "@playwright/test";
import { ADMIN_BASE_URL, ADMIN_CONTENT_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import { capture, NOBODY, replay, type RecordedAction } from "./action-replay";
import { argsAction, AttackRun, CONTENT_KEY, excerpt, exclusively, report } from "./attack-kit";
import { storageStateOf, unique } from "./support";

/**
 * The render budget (lib/mdx/budget.ts) against a contributor: a 7 KB table whose header has 300
 * columns over 3,000 one-cell rows was padded to 900,000 cells by the preview, kept readers
 * waiting 40 s, and a 17 KB one ended the server ("JavaScript heap out of memory"). Each hostile
 * body below goes to the preview and to a save, as the contributor; each is refused in words that
 * name the limit, nothing is written, and meanwhile a reader page keeps answering within 2 s.
 */

test.describe.configure({ mode: "default" });

/** The done-when: no reader waits longer than this, whatever a contributor sends. */
const READER_WAIT_MS = 2_000;

const ID = unique();
let save: RecordedAction;

const paddedTable = (columns: number, rows: number) =>
  `${"|h".repeat(columns)}|\n${"|-".repeat(columns)}|\n${"x\n".repeat(rows)}`;

const COLUMNS_300 = "This table has 300 columns; a table may have at most 40.";
const HOSTILE: [string, string, string | RegExp][] = [
  ["the reported 7 KB table", paddedTable(300, 3_000), COLUMNS_300],
  ["the 17 KB table that ended the server", paddedTable(300, 8_000), COLUMNS_300],
  [
    "3,000 rows of 40 columns",
    paddedTable(40, 3_000),
    "This table would have 120,040 cells (3,001 rows of 40 columns); a table may have at most 5,000. Split it into smaller tables.",
  ],
  [
    "four tables at the cell limit",
    Array.from({ length: 4 }, () => paddedTable(40, 99)).join("\n"),
    "This post would produce 16,412 page elements; the most is 15,000. Split it into smaller posts or tables.",
  ],
  [
    "1,400 formulas",
    // Not starting with "$": React's reply encoding would read "$x" as a reference.
    `Formulas: ${"$x$ ".repeat(1_400)}`,
    "This post would produce 15,401 page elements; the most is 15,000. Split it into smaller posts or tables.",
  ],
  [
    "a long link address used 12 times",
    `[a]: https://example.com/${"x".repeat(90_000)}\n\n${"[a] ".repeat(12)}\n`,
    "This post would produce 1,080,263 characters of page text; the most is 1,000,000. Shorten it, or use long link addresses fewer times.",
  ],
  [
    "45,000 link references",
    `[a]: /x\n\n${"[a] ".repeat(45_000)}`,
    "The post takes too long to process (over 1.5 seconds): simplify its structure.",
  ],
];

/**
 * Runs `work` while a reader (no session) fetches a page back to back; returns the work's result
 * and the slowest answer the reader got, in ms. Every answer must be a 200.
 */
async function whileReading<T>(work: () => Promise<T>): Promise<{ result: T; slowest: number }> {
  const reader = await request.newContext({ baseURL: ADMIN_BASE_URL, storageState: NOBODY });
  let done = false;
  let slowest = 0;
  let answers = 0;
  const reading = (async () => {
    while (!done) {
      const started = Date.now();
      const response = await reader.get("/", { timeout: scaled(30_000) });
      expect.soft(response.status(), "the reader's page").toBe(200);
      slowest = Math.max(slowest, Date.now() - started);
      answers++;
    }
  })();
  try {
    const result = await work();
    done = true;
    await reading;
    expect(answers, "the reader got answers meanwhile").toBeGreaterThan(0);
    return { result, slowest };
  } finally {
    done = true;
    await reader.dispose();
  }
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(scaled(120_000));
  const context = await browser.newContext({ storageState: storageStateOf("contributor") });
  const page = await context.newPage();
  await page.goto("/admin/posts/new");
  await page.getByRole("textbox", { name: "Post text" }).fill(`Budget body ${ID}.`);
  await page.getByLabel("Title", { exact: true }).fill(`Budget ${ID}`);
  await page.getByLabel("Address", { exact: true }).fill(`budget-${ID}`);
  // Recorded, never sent: the replays below change its body.
  save = await capture(
    page,
    "savePostAction",
    () => page.getByRole("button", { name: "Save draft" }).click(),
    { abort: true },
  );
  await context.close();
});

test("hostile bodies are refused by the preview and at save, while readers wait under 2 s", async () => {
  test.setTimeout(scaled(300_000));
  const run = new AttackRun();
  const preview = argsAction("previewAction", "/admin/posts/new", []);
  const slug = `budget-${ID}`;
  const reach = [CONTENT_KEY(`posts/${slug}.mdx`), CONTENT_KEY(`posts/${slug}.md`)];
  for (const [name, body, message] of HOSTILE) {
    await run.attempt(`preview: ${name}`, async () => {
      const { result, slowest } = await whileReading(() =>
        replay(preview, "contributor", { args: [{ body, format: "mdx" }] }),
      );
      expect.soft(result.status, name).toBe(200);
      expect.soft(result.text, `${name}: ${excerpt(result.text)}`).toContain('"ok":false');
      expect.soft(result.text, `${name}: ${excerpt(result.text)}`).toMatch(message);
      expect.soft(slowest, `${name}: the reader waited`).toBeLessThan(READER_WAIT_MS);
    });
    await run.attempt(
      `save: ${name}`,
      async () => {
        const { result, slowest } = await whileReading(() =>
          replay(save, "contributor", { set: { body } }),
        );
        expect.soft(result.text, `${name}: ${excerpt(result.text)}`).toMatch(message);
        expect.soft(result.text).not.toContain("Draft saved.");
        expect.soft(slowest, `${name}: the reader waited`).toBeLessThan(READER_WAIT_MS);
      },
      { reach },
    );
  }
  // The server is still the same process, and still answers.
  const reader = await request.newContext({ baseURL: ADMIN_BASE_URL, storageState: NOBODY });
  expect((await reader.get("/")).status()).toBe(200);
  await reader.dispose();
  report(run);
});

test("a post over budget on disk shows a short notice, quickly, instead of blocking", async () => {
  const slug = `budget-on-disk-${ID}`;
  const file = path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`);
  const reader = await request.newContext({ baseURL: ADMIN_BASE_URL, storageState: NOBODY });
  // Planted by hand (saves and imports refuse it), while no attack spec watches the folders.
  await exclusively(async () => {
    fs.writeFileSync(
      file,
      `---\ntitle: "Too big ${ID}"\ndate: 2024-01-01\n---\n\nIntro.\n\n${paddedTable(300, 3_000)}`,
    );
    try {
      await expect(async () => {
        const started = Date.now();
        const response = await reader.get(`/blog/${slug}`);
        const waited = Date.now() - started;
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toContain("This post could not be shown.");
        expect(html).not.toContain("<table");
        expect(waited).toBeLessThan(READER_WAIT_MS);
      }).toPass({ timeout: scaled(20_000) });
    } finally {
      fs.rmSync(file, { force: true });
      await reader.dispose();
    }
  });
});
