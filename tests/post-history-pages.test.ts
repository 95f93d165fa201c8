import { afterEach, beforeEach, expect, test } from "vitest";
import { writePost } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { postIdOf } from "@/lib/content/post-id";
import { postRevisions } from "@/lib/content/post-history";
import { changesOf, historyEntries } from "@/lib/content/history-view";
import { nameInZone } from "@/lib/content/history-entry";
import { restorePostVersion } from "@/lib/content/restore-post";
import { ensureHistory } from "@/lib/history/git";
import { formatMoment } from "@/lib/format";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

let contentDir: string;
let dataDir: string;
beforeEach(() => {
  contentDir = createContentDir("history-pages");
  dataDir = createDataDir("history-pages");
});
afterEach(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

const ada = { id: "acct-ada", role: "owner" as const, authorId: "ada" };
const who = { name: "ada", email: "ada@example.com" };
const nameOf = () => "Ada";

async function save(data: Record<string, unknown>, body: string, message: string) {
  const file = await readPostFile("habits");
  return writePost({
    slug: "habits",
    previousSlug: file ? "habits" : undefined,
    expectedVersion: file?.version,
    data: { title: "Habits", date: "2026-11-01T08:00:00Z", author: "ada", ...data },
    body,
    change: { who, message },
  });
}

async function history() {
  const file = (await readPostFile("habits"))!;
  const id = postIdOf(file.source);
  const list = await postRevisions({
    path: "posts/habits.mdx",
    id: id === "invalid" ? undefined : id,
  });
  return historyEntries(list, nameOf);
}

test("a post's history, named and compared, over a real history", async () => {
  await ensureHistory();
  await save({ draft: true }, "The quick fox jumps.\n", "Save draft: Habits");
  await save(
    { draft: true, tags: ["Mentoring"] },
    "The quick brown fox leaps.\n",
    "Update: Habits",
  );
  await save({ tags: ["Mentoring"] }, "The quick brown fox leaps.\n", "Publish: Habits");
  const entries = await history();
  expect(entries.map((e) => e.name.text)).toEqual([
    "Published by Ada",
    "Edited by Ada",
    "Created by Ada",
  ]);

  const changes = await changesOf(entries[1]!, entries[2], (id) =>
    id === "ada" ? "Ada Okafor" : id,
  );
  expect(changes.fields).toEqual([{ key: "tags", label: "Tags", before: "", after: "Mentoring" }]);
  expect(changes.body).toEqual([
    {
      kind: "changed",
      parts: [
        { kind: "same", text: "The quick " },
        { kind: "added", text: "brown " },
        { kind: "same", text: "fox " },
        { kind: "removed", text: "jumps" },
        { kind: "added", text: "leaps" },
        { kind: "same", text: "." },
      ],
    },
  ]);
  const published = await changesOf(entries[0]!, entries[1], (id) => id);
  expect(published.fields).toEqual([
    { key: "status", label: "Status", before: "Draft", after: "Published" },
  ]);

  // Restoring the first version names it by its time.
  await restorePostVersion(ada, who, {
    slug: "habits",
    format: "mdx",
    commit: entries[2]!.commit,
    version: (await readPostFile("habits"))!.version,
  });
  const after = await history();
  expect(nameInZone(after[0]!.name, "UTC")).toBe(
    `Restored a version from ${formatMoment(new Date(entries[2]!.date))} by Ada`,
  );
  expect((await readPostFile("habits"))!.body).toBe("The quick fox jumps.\n");
});
