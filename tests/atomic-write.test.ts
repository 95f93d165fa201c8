import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  createWriteQueue,
  removeFile,
  removeStaleTempFiles,
  TEMP_PREFIX,
  writeFileAtomic,
} from "@/lib/data/atomic-write";
import { listDir } from "./support/data-dir";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "blog-atomic-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  test("writes a new file, creating its folder, and leaves no temporary file", async () => {
    const file = path.join(dir, "deep", "er", "a.txt");
    await writeFileAtomic(file, "hello");
    expect(fs.readFileSync(file, "utf8")).toBe("hello");
    expect(listDir(path.dirname(file))).toEqual(["a.txt"]);
  });

  test("replaces an existing file whole and applies the requested mode", async () => {
    const file = path.join(dir, "secret.json");
    fs.writeFileSync(file, "old contents that are longer than the new ones");
    await writeFileAtomic(file, Buffer.from("new"), 0o600);
    expect(fs.readFileSync(file, "utf8")).toBe("new");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  test("a failed rename removes its temporary file and keeps the old target", async () => {
    const target = path.join(dir, "target");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "inside"), "x");
    await expect(writeFileAtomic(target, "data")).rejects.toThrow();
    expect(listDir(dir)).toEqual(["target"]);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });

  test("removeFile deletes a file and ignores one already gone", async () => {
    const file = path.join(dir, "a.txt");
    fs.writeFileSync(file, "x");
    await removeFile(file);
    await removeFile(file);
    expect(listDir(dir)).toEqual([]);
  });

  test("removeStaleTempFiles removes only temporary files", async () => {
    for (const name of [`${TEMP_PREFIX}a.mdx.123`, `${TEMP_PREFIX}b`, "keep.mdx", ".hidden"]) {
      fs.writeFileSync(path.join(dir, name), "x");
    }
    await removeStaleTempFiles(dir);
    expect(listDir(dir)).toEqual([".hidden", "keep.mdx"]);
    await expect(removeStaleTempFiles(path.join(dir, "missing"))).resolves.toBeUndefined();
  });
});

describe("createWriteQueue", () => {
  test("tasks run one at a time, in order, even when one fails", async () => {
    const enqueue = createWriteQueue(`test-${Math.random()}`);
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      enqueue(task("a", 30)),
      enqueue(task("b", 1, true)),
      enqueue(task("c", 1)),
    ]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "failed"))).toEqual([
      "a",
      "failed",
      "c",
    ]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  test("queues with the same name are shared", async () => {
    const name = `shared-${Math.random()}`;
    const [first, second] = [createWriteQueue(name), createWriteQueue(name)];
    const log: number[] = [];
    await Promise.all([
      first(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(1);
      }),
      second(async () => {
        log.push(2);
      }),
    ]);
    expect(log).toEqual([1, 2]);
  });
});
