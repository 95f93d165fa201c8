import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { Account } from "@/lib/accounts/types";
import { session } from "./support/signed-in";

/**
 * Site pages have the posts' limits (lib/content/page-limits.ts): at most 100 pages, 60 saves a
 * minute per account, the posts' body size and render budget; and every save or delete is one
 * history entry. Saved through the real action, only the session stood in for.
 */

const { savePageAction } = await import("@/app/(admin)/admin/pages/actions");
const { pagesDir } = await import("@/lib/data/content-paths");
const { deletePage, savePage } = await import("@/lib/content/page-write");
const { readPage } = await import("@/lib/content/pages");
const { revisions } = await import("@/lib/history/git");
const { takeSave } = await import("@/lib/content/save-limits");
const { MAX_PAGES, TOO_MANY_PAGES } = await import("@/lib/content/page-limits");
const { MAX_MDX_LENGTH } = await import("@/lib/mdx/limits");

const who = { name: "ed-itor", email: "editor@example.com" };
const page = { slug: "about", title: "About us", description: "", body: "Hello.", draft: false };

afterEach(() => fs.rmSync(pagesDir(), { recursive: true, force: true }));

let accounts = 0;
function editor(): Account {
  accounts++;
  return {
    id: `page-editor-${accounts}`,
    email: `editor-${accounts}@example.com`,
    name: "Eddie",
    role: "editor",
    authorId: "eddie",
    passwordHash: "",
    active: true,
    createdAt: "2026-01-01T00:00:00.000Z",
    sessions: [],
  };
}

type Reply = { ok: boolean; message?: string; version?: string; fieldErrors?: unknown };

/** The page editor's form, as `who`. */
function save(account: Account, fields: Record<string, string>): Promise<Reply> {
  session.account = account;
  const form = new FormData();
  const all = { title: "About us", slug: "about", body: "Hello.", intent: "publish", ...fields };
  for (const [key, value] of Object.entries(all)) form.set(key, value);
  return (savePageAction as unknown as (prev: null, form: FormData) => Promise<Reply>)(null, form);
}

/** Writes `count` page files by hand, as a folder copied in would hold them. */
function fillPages(count: number) {
  fs.mkdirSync(pagesDir(), { recursive: true });
  for (let i = 0; i < count; i++)
    fs.writeFileSync(path.join(pagesDir(), `page-${i}.mdx`), `---\ntitle: Page ${i}\n---\nx\n`);
}

describe("the number of pages", () => {
  test("a 101st page is refused in plain words; editing one of the 100 still works", async () => {
    expect(MAX_PAGES).toBe(100);
    expect(TOO_MANY_PAGES).toBe(
      "This site already has 100 pages, the most it can hold. Delete a page you no longer need first.",
    );
    fillPages(100);
    await expect(savePage(page, who)).rejects.toThrow(TOO_MANY_PAGES);
    expect(readPage("about")).toBeUndefined();
    expect(fs.readdirSync(pagesDir())).toHaveLength(100);
    const existing = readPage("page-7")!;
    const edited = await savePage(
      { ...page, slug: "page-7", previousSlug: "page-7", version: existing.version },
      who,
    );
    expect(edited.title).toBe("About us");
    // Once one is deleted, a new page fits again.
    await deletePage("page-8", "", who);
    expect((await savePage(page, who)).slug).toBe("about");
  });

  test("through the editor: the refusal is the form's message and nothing is written", async () => {
    fillPages(100);
    expect(await save(editor(), {})).toEqual({ ok: false, message: TOO_MANY_PAGES });
    expect(readPage("about")).toBeUndefined();
  });
});

describe("saves: within the posts' rate and body limits", () => {
  test("the 61st save in a minute is refused and changes nothing", async () => {
    const eddie = editor();
    const first = await savePage(page, who);
    for (let i = 0; i < 59; i++) takeSave(eddie.id);
    const edit = { previousSlug: "about", id: first.id!, version: first.version, body: "Edited." };
    const saved = await save(eddie, edit);
    expect(saved).toMatchObject({ ok: true, message: "Published. Readers see it at /about." });
    const refused = await save(eddie, { ...edit, version: saved.version!, body: "Again." });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^Too many saves: at most 60 a minute\. Saving will work again in \d+ seconds?\.$/,
    );
    expect(readPage("about")?.body).toBe("Edited.\n");
    // Another account is not held back.
    expect(
      await save(editor(), { ...edit, version: saved.version!, body: "Other." }),
    ).toMatchObject({ ok: true });
  });

  test("a body over the posts' limit, or over the render budget, is refused", async () => {
    const long = await save(editor(), { body: "x".repeat(MAX_MDX_LENGTH + 1) });
    expect(long).toMatchObject({ ok: false });
    expect(JSON.stringify(long)).toContain("The post is too long (200,000 characters at most).");
    const columns = Array.from({ length: 41 }, (_, i) => `c${i}`);
    const table = `| ${columns.join(" | ")} |\n|${" --- |".repeat(41)}\n`;
    const wide = await save(editor(), { body: table });
    expect(wide).toMatchObject({ ok: false });
    expect(wide.message).toContain("This table has 41 columns; a table may have at most 40.");
    expect(readPage("about")).toBeUndefined();
  });
});

describe("history", () => {
  test("creating, changing, renaming and deleting a page are each one readable entry", async () => {
    const first = await savePage(page, who);
    const second = await savePage(
      { ...page, id: first.id, previousSlug: "about", version: first.version, body: "More." },
      who,
    );
    await savePage(
      { ...page, id: first.id, previousSlug: "about", version: second.version, slug: "team" },
      who,
    );
    await deletePage("team", first.id!, who);
    // The newest four: earlier tests in this file saved an About page too.
    const log = (await revisions(["pages/about.mdx", "pages/team.mdx"])).slice(0, 4);
    expect(log.map((entry) => [entry.message, entry.author])).toEqual([
      ["Delete page About us", "ed-itor"],
      ["Update page About us", "ed-itor"],
      ["Update page About us", "ed-itor"],
      ["Create page About us", "ed-itor"],
    ]);
  });
});
