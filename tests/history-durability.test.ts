import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { writeAuthorProfile } from "@/lib/content/author-write";
import { writePost } from "@/lib/content/write";
import { cleanUpAfterCrash } from "@/lib/data/startup";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

/**
 * Issue #4, "every save that was acknowledged is present": an acknowledged save must be in the
 * history even after a kill during a git commit, and even when another store records at the same
 * moment. (recordSafely logs a failed commit instead of failing the save, so a lost commit would
 * otherwise be silent.)
 */

let contentDir: string;
let dataDir: string;
const who = { name: "Ada", email: "ada@example.com" };
const data = { title: "Durable post", date: "2024-01-01T00:00:00Z" };

beforeAll(() => {
  contentDir = createContentDir("history-durability");
  dataDir = createDataDir("history-durability");
});

afterAll(() => {
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

const gitDir = () => path.join(dataDir, "history.git");
const git = (...args: string[]) =>
  execFileSync("git", [`--git-dir=${gitDir()}`, ...args], { encoding: "utf8" });
const committedBodies = () => git("log", "-p", "--format=%s");

test("a kill during a commit's ref update leaves a lock; start-up clean-up removes it", async () => {
  const { version } = await writePost({
    slug: "durable",
    data,
    body: "Before the kill.\n",
    change: { who, message: "first" },
  });
  // What git leaves when killed between taking the branch lock and renaming it into place.
  const branch = git("symbolic-ref", "HEAD").trim();
  fs.writeFileSync(path.join(gitDir(), `${branch}.lock`), "");
  fs.writeFileSync(path.join(gitDir(), "HEAD.lock"), "");
  fs.writeFileSync(path.join(gitDir(), "index.lock"), "");
  // Seen in the crash test: git's automatic maintenance after a commit, killed.
  fs.writeFileSync(path.join(gitDir(), "objects", "maintenance.lock"), "");

  await cleanUpAfterCrash();

  expect(fs.readdirSync(gitDir()).filter((name) => name.endsWith(".lock"))).toEqual([]);
  expect(fs.existsSync(path.join(gitDir(), `${branch}.lock`))).toBe(false);
  expect(fs.existsSync(path.join(gitDir(), "objects", "maintenance.lock"))).toBe(false);
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  await writePost({
    slug: "durable",
    expectedVersion: version,
    data,
    body: "Acknowledged after the restart.\n",
    change: { who, message: "after restart" },
  });
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  expect(committedBodies()).toContain("+Acknowledged after the restart.");
});

test("posts and profiles saved at the same moment are all recorded (one git at a time)", async () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  await Promise.all(
    Array.from({ length: 20 }, (_, i) => [
      writePost({
        slug: `together-${i}`,
        data,
        body: `Post ${i} body.\n`,
        change: { who, message: `post ${i}` },
      }),
      writeAuthorProfile(`mentor-${i}`, { name: `Mentor ${i}`, bio: `Bio ${i}.`, links: [] }, who),
    ]).flat(),
  );
  const failures = errors.mock.calls.map((call) => String(call[2] ?? call[0]).split("\n")[0]);
  errors.mockRestore();
  expect(failures).toEqual([]);
  const messages = git("log", "--format=%s").split("\n");
  for (let i = 0; i < 20; i++) {
    expect(messages).toContain(`post ${i}`);
    expect(messages).toContain(`Update profile mentor-${i}`);
  }
});

test("history commits are flushed to disk, loose objects included (core.fsync)", () => {
  // Set by ensureHistory on new and existing histories alike; git's default skips loose objects.
  expect(git("config", "core.fsync").trim()).toBe("added");
  expect(git("config", "core.fsyncMethod").trim()).toBe("fsync");
});
