import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Account } from "@/lib/accounts/types";
import type { BudgetVerdict } from "@/lib/mdx/budget";

/**
 * Review findings 3, 5, 10 and 12: saving through the real save action (only the session and
 * the MDX budget worker are stood in for).
 * - 3: one account's saves run one at a time, within a rate, and their MDX check runs outside the
 *   site-wide write queue, so another mentor's save never waits for it;
 * - 5: an author's unpublished posts are capped in number and in text;
 * - 10: a contributor or author cannot tell a missing post from someone else's;
 * - 12: a save whose post was replaced meanwhile is refused in the queue, overwrite or not, and a
 *   conflict shows the newer text only to a mentor who may edit it.
 */

const hoisted = vi.hoisted(() => {
  type Gate = {
    open: () => void;
    reach: () => void;
    opened: Promise<void>;
    reached: Promise<void>;
  };
  const gates: Gate[] = [];
  /**
   * A check that waits until the test opens it: a slow MDX check, without burning the CPU. A body
   * holding `gate.marker` waits for that gate (saves left over from an earlier test wait for theirs).
   */
  function gate() {
    const made = {} as Gate;
    made.opened = new Promise<void>((resolve) => (made.open = resolve));
    made.reached = new Promise<void>((resolve) => (made.reach = resolve));
    gates.push(made);
    return { ...made, marker: `SLOW-${gates.length - 1}` };
  }
  return {
    as: { account: undefined as Account | undefined },
    slow: { current: gate() },
    gate,
    gates,
  };
});
const { as, slow } = hoisted;

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentAccount: async () => hoisted.as.account,
  getSessionId: async () => "sid",
  requirePageAccount: async () => hoisted.as.account,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// A body holding a gate's marker takes as long as the test wants in the budget check (a real one costs
// seconds of CPU, in the worker the server's other saves share); every other body is in budget.
vi.mock("@/lib/mdx/budget", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mdx/budget")>()),
  checkBudget: async (source: string): Promise<BudgetVerdict> => {
    const gate = hoisted.gates[Number(/SLOW-(\d+)/.exec(source)?.[1] ?? NaN)];
    if (gate) {
      gate.reach();
      await gate.opened;
    }
    return { ok: true };
  },
}));

const { savePostAction } = await import("@/app/(admin)/admin/posts/actions");
const { ensureHistory } = await import("@/lib/history/git");
const write = await import("@/lib/content/write");
const limits = await import("@/lib/content/save-limits");
const fixture = await import("./support/content-fixture");
const dataDir = await import("./support/data-dir");

const { writePost, POST_GONE, POST_REPLACED, POST_UNAVAILABLE } = write;
const { readPostFile } = await import("@/lib/content/post-file");
const FORBIDDEN = "Your role does not allow this.";

let contentDir: string;
let data: string;

beforeAll(async () => {
  contentDir = fixture.createContentDir("save-limits");
  data = dataDir.createDataDir("save-limits");
  await ensureHistory();
});
afterAll(() => {
  for (const gate of hoisted.gates) gate.open();
  fixture.removeContentDir(contentDir);
  dataDir.removeDataDir(data);
});
beforeEach(() => {
  fixture.clearContent(contentDir);
  slow.current = hoisted.gate();
});

let accounts = 0;
function account(role: Account["role"], authorId: string): Account {
  accounts++;
  return {
    id: `account-${accounts}-${authorId}`,
    email: `${authorId}-${accounts}@example.com`,
    name: authorId,
    role,
    authorId,
    passwordHash: "",
    active: true,
    createdAt: "2026-01-01T00:00:00.000Z",
    sessions: [],
  };
}

type Reply = { ok: boolean; message?: string; conflict?: unknown; version?: string };

/** The editor's save form, as `who`. */
function save(who: Account, fields: Record<string, string | undefined>): Promise<Reply> {
  as.account = who;
  const form = new FormData();
  const all = { intent: "save", title: "A post", originalSlug: "", body: "Some words.", ...fields };
  for (const [key, value] of Object.entries(all)) if (value !== undefined) form.set(key, value);
  // The pipeline reads the session when called: `as` may change right after.
  return (savePostAction as unknown as (prev: null, form: FormData) => Promise<Reply>)(null, form);
}

/** Resolves with the promise, or fails when it is still waiting (only a failing test waits). */
function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const fileOf = (slug: string) => path.join(contentDir, "posts", `${slug}.mdx`);
const draftData = (author: string, title = "Draft") => ({
  title,
  date: "2024-01-01T00:00:00.000Z",
  author,
  draft: true,
});

describe("saves: one at a time per account, within a rate, checked outside the write queue", () => {
  test("a flood of parallel saves neither runs at once nor holds up another mentor's save", async () => {
    const mallory = account("contributor", "mallory");
    const alice = account("author", "alice");
    const flood = Array.from({ length: 6 }, (_, i) =>
      save(mallory, { slug: `junk-${i}`, title: `Junk ${i}`, body: `${slow.current.marker} ${i}` }),
    );
    try {
      await within(slow.current.reached, "the first save's check");
      // The first runs, a second waits for it, the rest are refused at once.
      expect(await within(Promise.all(flood.slice(2)), "the refusals")).toEqual(
        Array(4).fill({ ok: false, message: limits.SAVE_IN_PROGRESS }),
      );
      // Another mentor's save goes through while the first check is still running.
      const victim = await within(save(alice, { slug: "alice-post", title: "Hello" }), "Alice");
      expect(victim).toMatchObject({ ok: true, message: "Draft saved.", slug: "alice-post" });
    } finally {
      slow.current.open();
    }
    const [first, second] = await Promise.all(flood.slice(0, 2));
    expect(first).toMatchObject({ ok: true, slug: "junk-0" });
    expect(second).toMatchObject({ ok: true, slug: "junk-1" });
    expect(fs.readdirSync(path.join(contentDir, "posts")).sort()).toEqual([
      "alice-post.mdx",
      "junk-0.mdx",
      "junk-1.mdx",
    ]);
  });

  test("the rate: 60 saves a minute, refused ones not counted", () => {
    const id = "rate-only";
    const t = 1_000_000;
    for (let i = 0; i < 60; i++) limits.takeSave(id, t + i);
    expect(() => limits.takeSave(id, t + 15_000)).toThrow(
      "Too many saves: at most 60 a minute. Saving will work again in 45 seconds.",
    );
    expect(() => limits.takeSave(id, t + 59_500)).toThrow(
      "Too many saves: at most 60 a minute. Saving will work again in 1 second.",
    );
    // The refusals did not count: once the first save is a minute old, one more goes through.
    expect(() => limits.takeSave(id, t + 60_000)).not.toThrow();
    expect(() => limits.takeSave(id, t + 60_000)).toThrow(/Too many saves/);
  });

  test("autosaves count toward a contributor's rate; the refused save changes nothing", async () => {
    const mallory = account("contributor", "mallory");
    for (let i = 0; i < 58; i++) limits.takeSave(mallory.id);
    const made = await save(mallory, { slug: "mine", title: "Mine" });
    expect(made).toMatchObject({ ok: true, message: "Draft saved." });
    const auto = await save(mallory, {
      slug: "mine",
      originalSlug: "mine",
      version: made.version!,
      title: "Mine, autosaved",
      autosave: "1",
    });
    expect(auto).toMatchObject({ ok: true, message: "Saved." });
    const before = fs.readFileSync(fileOf("mine"), "utf8");
    const refused = await save(mallory, {
      slug: "mine",
      originalSlug: "mine",
      version: auto.version!,
      title: "Mine, once more",
    });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^Too many saves: at most 60 a minute\. Saving will work again in \d+ seconds?\.$/,
    );
    expect(fs.readFileSync(fileOf("mine"), "utf8")).toBe(before);
  });

  test("editors and owners have no rate, only one save at a time", async () => {
    const editor = account("editor", "eddie");
    for (let i = 0; i < 60; i++) limits.takeSave(editor.id);
    expect(await save(editor, { slug: "edited", title: "Edited" })).toMatchObject({ ok: true });
  });
});

describe("unpublished posts per author: at most 200, and 20 MB of text", () => {
  test("a contributor with 200 drafts cannot start another; editing them still works", async () => {
    const mallory = account("contributor", "mallory");
    for (let i = 0; i < 200; i++)
      fixture.writePost(contentDir, `draft-${i}`, {
        title: `Draft ${i}`,
        date: "2024-01-01",
        author: "mallory",
        draft: true,
      });
    const refused = await save(mallory, { slug: "one-more", title: "One more" });
    expect(refused).toEqual({
      ok: false,
      message:
        "You already have 200 unpublished posts (drafts, posts in review and scheduled posts), " +
        "the most one mentor may have. Publish or delete some of them first.",
    });
    expect(fs.existsSync(fileOf("one-more"))).toBe(false);
    // An editor cannot add one under her name either.
    const editor = account("editor", "eddie");
    expect(
      await save(editor, { slug: "for-mallory", title: "For Mallory", author: "mallory" }),
    ).toEqual({
      ok: false,
      message:
        "This post's author already has 200 unpublished posts (drafts, posts in review and " +
        "scheduled posts), the most one mentor may have. Publish or delete some of them first.",
    });
    // Her existing drafts can still be edited, and other authors are not affected.
    const draft = (await readPostFile("draft-7"))!;
    expect(
      await save(mallory, {
        slug: "draft-7",
        originalSlug: "draft-7",
        version: draft.version,
        title: "Draft 7, edited",
      }),
    ).toMatchObject({ ok: true });
    expect(await save(account("author", "alice"), { slug: "alices" })).toMatchObject({ ok: true });
    // Once an editor publishes one of them, she may start a new one.
    const published = (await readPostFile("draft-8"))!;
    await writePost({
      slug: "draft-8",
      expectedVersion: published.version,
      data: { ...published.data, draft: false },
      body: published.body,
    });
    expect(await save(mallory, { slug: "one-more", title: "One more" })).toMatchObject({
      ok: true,
    });
  });

  test("the text of an author's unpublished posts is capped; shrinking or publishing is allowed", () => {
    const big = "x".repeat(2 * 1024 * 1024);
    const draft = (slug: string, author = "mallory", body = big) => ({
      slug,
      author: { id: author, name: author },
      draft: true,
      review: false,
      date: new Date("2024-01-01"),
      body,
    });
    const posts = [
      ...Array.from({ length: 10 }, (_, i) => draft(`d-${i}`)),
      { ...draft("live"), draft: false },
      draft("other", "alice"),
    ];
    const change = { authorId: "mallory", unpublished: true, size: 1, self: true };
    const tooLong =
      "Your unpublished posts would hold more than 20 MB of text together, the most one mentor " +
      "may have. Publish or delete some of them, or shorten this post.";
    expect(limits.unpublishedProblem(posts, change)).toBe(tooLong);
    expect(limits.unpublishedProblem(posts, { ...change, self: false })).toBe(
      "This author's unpublished posts would hold more than 20 MB of text together, the most one " +
        "mentor may have. Publish or delete some of them, or shorten this post.",
    );
    // Growing a draft is refused; saving it at the same length or shorter, or publishing it, is not.
    const edit = { ...change, replaces: "d-3" };
    expect(limits.unpublishedProblem(posts, { ...edit, size: big.length + 1 })).toBe(tooLong);
    expect(limits.unpublishedProblem(posts, { ...edit, size: big.length })).toBeUndefined();
    expect(limits.unpublishedProblem(posts, { ...edit, size: 10 })).toBeUndefined();
    expect(
      limits.unpublishedProblem(posts, { ...edit, size: big.length * 2, unpublished: false }),
    ).toBeUndefined();
    // Other authors and published posts do not count.
    expect(limits.unpublishedProblem(posts, { ...change, authorId: "alice" })).toBeUndefined();
    expect(limits.unpublishedProblem(posts.slice(1), change)).toBeUndefined();
  });
});

describe("a contributor or author cannot tell a missing post from someone else's", () => {
  test.each(["contributor", "author"] as const)("as %s: one answer for both", async (role) => {
    await writePost({
      slug: "acquiring-acme-corp",
      data: draftData("olive", "Embargoed"),
      body: "x",
    });
    const mallory = account(role, "mallory");
    const replies = [];
    for (const guess of ["acquiring-acme-corp", "acquiring-other-corp"])
      for (const overwrite of [undefined, "1"])
        replies.push(
          await save(mallory, {
            slug: `mine-${guess}`,
            originalSlug: guess,
            version: "0",
            overwrite,
          }),
        );
    expect(replies).toEqual(Array(4).fill({ ok: false, message: POST_UNAVAILABLE }));
    expect(POST_UNAVAILABLE).toBe("This post no longer exists, or you cannot edit it.");
    expect(fs.readdirSync(path.join(contentDir, "posts"))).toEqual(["acquiring-acme-corp.mdx"]);
  });

  test("their own post they may not change is still refused by role; editors are told it is gone", async () => {
    const mallory = account("contributor", "mallory");
    const live = await writePost({
      slug: "malloys-live",
      data: { ...draftData("mallory"), draft: false },
      body: "x",
    });
    expect(
      await save(mallory, {
        slug: "malloys-live",
        originalSlug: "malloys-live",
        version: live.version,
      }),
    ).toEqual({ ok: false, message: FORBIDDEN });
    const editor = account("editor", "eddie");
    expect(await save(editor, { slug: "gone", originalSlug: "gone", version: "0" })).toEqual({
      ok: false,
      message: "This post no longer exists: it may have been deleted.",
    });
    expect(POST_GONE).toBe("This post no longer exists: it may have been deleted.");
  });
});

describe("the post is checked again in the write queue", () => {
  test("writePost refuses a file whose id is not the one checked, with or without overwrite", async () => {
    const theirs = await writePost({
      slug: "taken",
      data: draftData("olive", "Theirs"),
      body: "Theirs.",
    });
    const before = fs.readFileSync(fileOf("taken"), "utf8");
    for (const overwrite of [false, true]) {
      const attempt = writePost({
        slug: "taken",
        expectedVersion: theirs.version,
        expectedId: "00000000-0000-4000-8000-000000000001",
        overwrite,
        data: draftData("mallory", "Mine"),
        body: "Mine.",
      });
      await expect(attempt).rejects.toThrow(POST_REPLACED);
    }
    expect(POST_REPLACED).toBe(
      "This post was moved or deleted, and another post now uses its address. Nothing was saved: reload the page.",
    );
    expect(fs.readFileSync(fileOf("taken"), "utf8")).toBe(before);
  });

  test("an overwrite whose post is swapped for another while it is checked is refused", async () => {
    const mallory = account("contributor", "mallory");
    const mine = await writePost({
      slug: "m-own",
      data: draftData("mallory", "Mine"),
      body: "Mine.",
    });
    await writePost({ slug: "o-secret", data: draftData("olive", "Secret"), body: "Embargoed." });
    const saving = save(mallory, {
      slug: "m-own",
      originalSlug: "m-own",
      version: "stale",
      overwrite: "1",
      title: "Mine again",
      body: `${slow.current.marker} mine.`,
    });
    try {
      await within(Promise.race([slow.current.reached, saving]), "the check");
      // Meanwhile her post moves away and the owner's secret draft takes its address.
      const moves = (async () => {
        await writePost({
          slug: "m-moved",
          previousSlug: "m-own",
          expectedVersion: mine.version,
          data: draftData("mallory", "Mine"),
          body: "Mine.",
        });
        const secret = (await readPostFile("o-secret"))!;
        await writePost({
          slug: "m-own",
          previousSlug: "o-secret",
          expectedVersion: secret.version,
          data: secret.data,
          body: secret.body,
        });
      })();
      await within(moves, "the other saves");
    } finally {
      slow.current.open();
    }
    expect(await saving).toEqual({ ok: false, message: POST_UNAVAILABLE });
    expect(fs.readFileSync(fileOf("m-own"), "utf8")).toMatch(
      /title: Secret\n[\s\S]*\nEmbargoed\.\n$/,
    );
  });

  test("a conflict with a post reassigned meanwhile does not show its new text", async () => {
    const mallory = account("contributor", "mallory");
    const mine = await writePost({
      slug: "m-draft",
      data: draftData("mallory", "Mine"),
      body: "Mine.",
    });
    const saving = save(mallory, {
      slug: "m-draft",
      originalSlug: "m-draft",
      version: mine.version,
      title: "Mine, edited",
      body: `${slow.current.marker} edit.`,
    });
    try {
      await within(Promise.race([slow.current.reached, saving]), "the check");
      const reassign = writePost({
        slug: "m-draft",
        expectedVersion: mine.version,
        data: draftData("olive", "Olive's now"),
        body: "Secret plans.",
      });
      await within(reassign, "the editor's save");
    } finally {
      slow.current.open();
    }
    const reply = await saving;
    expect(reply).toEqual({ ok: false, message: POST_UNAVAILABLE });
    expect(JSON.stringify(reply)).not.toContain("Secret plans");
  });

  test("an editor still gets the newer text to merge", async () => {
    const editor = account("editor", "eddie");
    const first = await writePost({ slug: "shared", data: draftData("olive"), body: "First." });
    await writePost({
      slug: "shared",
      expectedVersion: first.version,
      data: draftData("olive"),
      body: "Second.",
    });
    const reply = await save(editor, {
      slug: "shared",
      originalSlug: "shared",
      version: first.version,
      body: "Mine.",
    });
    expect(reply).toMatchObject({
      ok: false,
      message: "This post was changed by someone else since you opened it.",
      conflict: { source: expect.stringContaining("Second.") },
    });
  });
});
