import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parsePost } from "@/lib/content/parse-post";
import { writePost } from "@/lib/content/write";
import { readPostFile } from "@/lib/content/post-file";
import { ContentConflict } from "@/lib/content/content-error";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

let contentDir: string;
let dataDir: string;
const ada = { name: "Ada", email: "ada@example.com" };
const ben = { name: "Ben", email: "ben@example.com" };
const data = { title: "Shared post", date: "2024-01-01T00:00:00Z" };

beforeAll(() => {
  contentDir = createContentDir("concurrent");
  dataDir = createDataDir("concurrent");
});

afterAll(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

/** Every body text ever committed for the post, from the git history in the data folder. */
function historyBodies(): string {
  return execFileSync(
    "git",
    [`--git-dir=${path.join(dataDir, "history.git")}`, "log", "-p", "--format=%an"],
    {
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    },
  );
}

test("50 saves of one post from two sessions at once: one wins, the others are told, nothing is torn", async () => {
  const { version } = await writePost({
    slug: "shared",
    data,
    body: "Start.\n",
    change: { who: ada, message: "create" },
  });
  const outcomes = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      writePost({
        slug: "shared",
        expectedVersion: version,
        data,
        body: `Save ${i}.\n`,
        change: { who: i % 2 ? ben : ada, message: `save ${i}` },
      }),
    ),
  );
  const saved = outcomes.filter((o) => o.status === "fulfilled");
  const conflicts = outcomes.filter(
    (o) => o.status === "rejected" && o.reason instanceof ContentConflict,
  );
  expect(saved).toHaveLength(1);
  expect(conflicts).toHaveLength(49);
  const file = await readPostFile("shared");
  expect(() =>
    parsePost({ slug: "shared", file: "posts/shared.mdx", format: "mdx", source: file!.source }),
  ).not.toThrow();
  expect(
    fs.readdirSync(path.join(contentDir, "posts")).filter((n) => n.startsWith(".tmp-")),
  ).toEqual([]);
});

test("two sessions that retry after each conflict: every acknowledged save is in the history", async () => {
  const acknowledged: string[] = [];
  const session = async (who: typeof ada, count: number) => {
    for (let i = 0; i < count; i++) {
      const body = `${who.name} edit ${i}.\n`;
      for (;;) {
        const current = await readPostFile("shared");
        try {
          await writePost({
            slug: "shared",
            expectedVersion: current!.version,
            data,
            body,
            change: { who, message: body.trim() },
          });
          acknowledged.push(body.trim());
          break;
        } catch (error) {
          if (!(error instanceof ContentConflict)) throw error;
        }
      }
    }
  };
  await Promise.all([session(ada, 25), session(ben, 25)]);
  expect(acknowledged).toHaveLength(50);
  const history = historyBodies();
  for (const body of acknowledged) expect(history).toContain(`+${body}`);
  expect(history).toContain("Ada");
  expect(history).toContain("Ben");
});
