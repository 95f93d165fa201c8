import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import {
  newestPublished,
  PRERENDER_LIST_PAGES,
  prerenderedListPages,
  prerenderedPostParams,
} from "@/lib/content/prerender";
import { env } from "@/lib/env";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";

/**
 * `npm run build` renders only the newest PRERENDER_POSTS posts and the first pages of lists; the
 * rest render on their first visit. What it picks must never include a post readers cannot see.
 */
describe("which posts the build renders", () => {
  let dir: string;

  beforeAll(() => {
    dir = createContentDir("prerender");
    writePost(dir, "oldest", { title: "Oldest", date: "2021-01-01" });
    writePost(dir, "middle", { title: "Middle", date: "2022-06-01" });
    writePost(dir, "newest", { title: "Newest", date: "2024-03-01" });
    writePost(dir, "a-draft", { title: "A draft", date: "2024-05-01", draft: true });
    writePost(dir, "from-the-future", { title: "Later", date: "2999-01-01" });
  });
  afterAll(() => removeContentDir(dir));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test("the newest PRERENDER_POSTS published posts, newest first, never a draft or a future post", () => {
    vi.stubEnv("PRERENDER_POSTS", "2");
    expect(prerenderedPostParams()).toEqual([{ slug: "newest" }, { slug: "middle" }]);
    vi.stubEnv("PRERENDER_POSTS", "50");
    expect(prerenderedPostParams()).toEqual([
      { slug: "newest" },
      { slug: "middle" },
      { slug: "oldest" },
    ]);
    vi.stubEnv("PRERENDER_POSTS", "0");
    expect(prerenderedPostParams()).toEqual([]);
  });

  test("selection sorts by date itself and drops what is not published at that moment", () => {
    const post = (slug: string, date: string, draft = false) =>
      ({ slug, date: new Date(date), draft }) as Parameters<typeof newestPublished>[0][number];
    const posts = [
      post("b", "2024-01-01"),
      post("later", "2024-09-01"),
      post("a", "2024-01-01"),
      post("hidden", "2024-08-01", true),
      post("new", "2024-06-01"),
    ];
    const slugs = (now: string, limit: number) =>
      newestPublished(posts, limit, new Date(now)).map((p) => p.slug);
    expect(slugs("2024-07-01", 3)).toEqual(["new", "a", "b"]);
    expect(slugs("2024-12-01", 2)).toEqual(["later", "new"]);
    expect(slugs("2024-12-01", 0)).toEqual([]);
  });

  test("defaults to 300, and a value it cannot use is named once and replaced by 300", () => {
    expect(env.prerenderPosts()).toBe(300);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const bad of ["all", "-1", "2.5", "1e3", "2000000"]) {
      vi.stubEnv("PRERENDER_POSTS", bad);
      expect(env.prerenderPosts(), bad).toBe(300);
    }
    expect(errors.mock.calls.map(([line]) => line)).toEqual([
      '[config] PRERENDER_POSTS: "all" is not a whole number from 0 to 1000000; using 300.',
    ]);
    vi.stubEnv("PRERENDER_POSTS", " 1000000 ");
    expect(env.prerenderPosts()).toBe(1_000_000);
  });
});

describe("which list pages the build renders after the first", () => {
  test(`pages 2 to ${PRERENDER_LIST_PAGES} at most, and none past the end`, () => {
    expect(prerenderedListPages(0, 3, 10)).toEqual([]);
    expect(prerenderedListPages(10, 3, 10)).toEqual([]);
    expect(prerenderedListPages(11, 3, 10)).toEqual(["2"]);
    expect(prerenderedListPages(30, 3, 10)).toEqual(["2", "3"]);
    expect(prerenderedListPages(5000, 3, 10)).toEqual(["2", "3"]);
    expect(PRERENDER_LIST_PAGES).toBe(3);
  });
});
