import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/accounts/roles";
import { listPostsForAdmin } from "@/lib/content/admin-queries";
import { invalidateContentIndex } from "@/lib/content/load";
import { readPostFile } from "@/lib/content/post-file";
import { writePost as savePost } from "@/lib/content/write";
import { ensureHistory } from "@/lib/history/git";
import { lastChangeTimes, parseChangeLog } from "@/lib/history/last-changes";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

const at = (iso: string) => new Date(iso);
const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);

describe("reading a history log", () => {
  test("each path gets its newest change; the first commit is not a change", () => {
    const out =
      `\0${A}\0${B}\0${"2026-12-02T15:04:00Z"}\0\nposts/one.mdx\n\n` +
      `\0${B}\0${C}\0${"2026-11-01T10:00:00Z"}\0\nposts/one.mdx\nposts/two.md\n\n` +
      `\0${C}\0\0${"2026-10-01T09:00:00Z"}\0\nposts/one.mdx\nposts/two.md\nposts/three.mdx\n`;
    const { head, times } = parseChangeLog(out);
    expect(head).toBe(A);
    expect([...times]).toEqual([
      ["posts/one.mdx", at("2026-12-02T15:04:00Z")],
      ["posts/two.md", at("2026-11-01T10:00:00Z")],
    ]);
  });

  test("an empty range has no head and no times", () => {
    expect(parseChangeLog("")).toEqual({ head: undefined, times: new Map() });
  });
});

describe("when each post last changed", () => {
  let contentDir: string;
  let dataDir: string;
  const editor: Actor = { id: "e", role: "editor", authorId: "eve" };
  const who = { name: "eve", email: "eve@example.com" };
  const fileOf = (slug: string) => path.join(contentDir, "posts", `${slug}.mdx`);
  const touch = (slug: string, iso: string) => fs.utimesSync(fileOf(slug), at(iso), at(iso));
  const rows = async () =>
    (await listPostsForAdmin(editor, { page: 1 })).list.items.map((row) => [
      row.slug,
      row.lastChange.toISOString(),
    ]);
  const save = async (slug: string, title: string, when: string) => {
    // Commits take their time from git's environment, as a save at that moment would.
    vi.stubEnv("GIT_AUTHOR_DATE", when);
    const file = await readPostFile(slug);
    return savePost({
      slug,
      previousSlug: file ? slug : undefined,
      expectedVersion: file?.version,
      data: { title, date: "2026-01-01T08:00:00Z", author: "eve" },
      body: "Text.\n",
      change: { who, message: `Save ${slug}` },
    });
  };

  beforeEach(() => {
    contentDir = createContentDir("last-changes");
    dataDir = createDataDir("last-changes");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    removeContentDir(contentDir);
    removeDataDir(dataDir);
  });

  test("without a history, the file's last write, and no history is started by reading", async () => {
    writePost(contentDir, "older", { title: "Older", date: "2024-01-01" });
    touch("older", "2025-02-03T04:05:00Z");
    invalidateContentIndex();
    expect(await rows()).toEqual([["older", "2025-02-03T04:05:00.000Z"]]);
    expect(await lastChangeTimes()).toEqual(new Map());
    expect(fs.existsSync(path.join(dataDir, "history.git"))).toBe(false);
  });

  test("a saved post's newest commit, the others their file's write, newest first", async () => {
    writePost(contentDir, "before-history", { title: "Before", date: "2024-01-01" });
    touch("before-history", "2025-02-03T04:05:00Z");
    await ensureHistory(); // "History starts here" holds it, but did not change it
    await save("edited", "Edited", "2026-03-04T05:06:00Z");
    // Copying files (a deploy, a backup) gives them one new time: the history still knows better.
    touch("edited", "2027-01-01T00:00:00Z");
    writePost(contentDir, "by-hand", { title: "By hand", date: "2024-01-01" });
    touch("by-hand", "2026-01-01T00:00:00Z");
    invalidateContentIndex();
    expect(await rows()).toEqual([
      ["edited", "2026-03-04T05:06:00.000Z"],
      ["by-hand", "2026-01-01T00:00:00.000Z"],
      ["before-history", "2025-02-03T04:05:00.000Z"],
    ]);

    // A later save is read from the commits made since the last read.
    await save("before-history", "Before, edited", "2026-05-06T07:08:00Z");
    invalidateContentIndex();
    expect(await rows()).toEqual([
      ["before-history", "2026-05-06T07:08:00.000Z"],
      ["edited", "2026-03-04T05:06:00.000Z"],
      ["by-hand", "2026-01-01T00:00:00.000Z"],
    ]);
  });
});
