import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { getContentIndex, invalidateContentIndex } from "@/lib/content/load";
import {
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";

let dir: string;

beforeAll(() => {
  dir = createContentDir("index-refresh");
});
afterAll(() => removeContentDir(dir));

const post = (title: string, author = "ada") => ({
  title: JSON.stringify(title),
  date: "2026-01-01",
  description: "A post.",
  author,
});
const titles = () =>
  getContentIndex()
    .posts.map((p) => p.title)
    .sort();

test("a post saved through the app shows at once, and untouched posts are not read again", () => {
  writePost(dir, "first", post("First"));
  writePost(dir, "second", post("Second"));
  const before = getContentIndex().posts.find((p) => p.slug === "second");
  writePost(dir, "first", post("First, edited"));
  expect(titles()).toEqual(["First, edited", "Second"]);
  // The untouched post comes from the parse cache: same values, parsed once.
  expect(getContentIndex().posts.find((p) => p.slug === "second")).toEqual(before);
});

test("a file changed outside the app (git pull, an editor) shows without a restart", async () => {
  writePost(dir, "outside", post("Before the pull"));
  expect(titles()).toContain("Before the pull");
  const file = path.join(dir, "posts", "outside.mdx");
  fs.writeFileSync(`${file}.new`, fs.readFileSync(file, "utf8").replace("Before", "After"));
  fs.renameSync(`${file}.new`, file); // no invalidateContentIndex(): nothing in the app knows
  await expect.poll(titles, { timeout: 3_000 }).toContain("After the pull");
  fs.rmSync(file);
  await expect.poll(titles, { timeout: 3_000 }).not.toContain("After the pull");
  // Only a change is noticed: an unchanged folder keeps the very same index.
  const index = getContentIndex();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(getContentIndex()).toBe(index);
});

test("a byline keeps resolving from the front matter when the author profile changes", () => {
  writeAuthor(dir, "ada", { name: "Ada Okafor" });
  writePost(dir, "bylined", post("Bylined"));
  const author = () => getContentIndex().posts.find((p) => p.slug === "bylined")?.author;
  expect(author()).toEqual({ id: "ada", name: "Ada Okafor" });
  writeAuthor(dir, "ada", { name: "Ada O. Okafor" });
  expect(author()).toEqual({ id: "ada", name: "Ada O. Okafor" });
  fs.rmSync(path.join(dir, "authors", "ada.md"));
  invalidateContentIndex();
  expect(author()).toEqual({ id: "ada", name: "ada" });
});
