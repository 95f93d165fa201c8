import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Account } from "@/lib/accounts/types";
import { session } from "./support/signed-in";

/**
 * The review loop through the real save action (only the session is stood in for): submit, send
 * back with a note, withdraw, approve; who may read the notes; and what an ordinary account
 * cannot do by sending the form itself.
 */

vi.mock("@/lib/mdx/budget", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mdx/budget")>()),
  checkBudget: async () => ({ ok: true }),
}));

const { savePostAction } = await import("@/app/(admin)/admin/posts/actions");
const { ensureHistory } = await import("@/lib/history/git");
const fixture = await import("./support/content-fixture");
const dataDir = await import("./support/data-dir");
const notes = await import("@/lib/publishing/review-notes");
const view = await import("@/lib/publishing/review-view");
const { findAnyPost } = await import("@/lib/content/admin-queries");
const { CANNOT_PUBLISH, NOT_IN_REVIEW } = await import("@/lib/content/workflow");
const { NOTE_REQUIRED } = await import("@/lib/publishing/review-steps");
const { MAX_NOTE_LENGTH } = await import("@/lib/content/post-form");
const { POST_UNAVAILABLE } = await import("@/lib/content/write");

let contentDir: string;
let data: string;
beforeAll(async () => {
  contentDir = fixture.createContentDir("review-loop");
  data = dataDir.createDataDir("review-loop");
  await ensureHistory();
});
afterAll(() => {
  fixture.removeContentDir(contentDir);
  dataDir.removeDataDir(data);
});
beforeEach(() => {
  fixture.clearContent(contentDir);
  fs.rmSync(path.join(data, "review-notes.json"), { force: true });
});

function account(role: Account["role"], authorId: string): Account {
  return {
    ...{ id: `account-${authorId}`, email: `${authorId}@example.com`, name: `Mentor ${authorId}` },
    ...{ role, authorId, passwordHash: "", active: true, sessions: [] },
    createdAt: "2026-01-01T00:00:00.000Z",
  };
}
const dana = account("contributor", "dana");
const carl = account("contributor", "carl");
const eddie = account("editor", "eddie");

type Reply = {
  ok: boolean;
  message?: string;
  version?: string;
  slug?: string;
  status?: string;
  fieldErrors?: Record<string, string[]>;
  review?: { submittedAt?: string; notes: { by: string; text: string }[] };
};

function save(who: Account, fields: Record<string, string | undefined>): Promise<Reply> {
  session.account = who;
  const form = new FormData();
  const all = { intent: "save", title: "A post", originalSlug: "", body: "Some words.", ...fields };
  for (const [key, value] of Object.entries(all)) if (value !== undefined) form.set(key, value);
  return (savePostAction as unknown as (prev: null, form: FormData) => Promise<Reply>)(null, form);
}

const source = (slug: string) =>
  fs.readFileSync(path.join(contentDir, "posts", `${slug}.mdx`), "utf8");

/** Dana's post, submitted: its slug and the version to continue from. */
async function submitted(slug = "for-review") {
  fs.writeFileSync(
    path.join(data, "accounts.json"),
    JSON.stringify({ version: 1, accounts: [dana, carl, eddie] }),
  );
  const reply = await save(dana, { intent: "submit", slug, title: "For review" });
  expect(reply).toMatchObject({ ok: true, status: "review" });
  return { slug, version: reply.version! };
}
const on = (slug: string, version: string, fields: Record<string, string> = {}) => ({
  slug,
  originalSlug: slug,
  version,
  title: "For review",
  ...fields,
});

describe("the review loop", () => {
  test("submit records when; send back needs a note, keeps it, and returns a draft", async () => {
    const { slug, version } = await submitted();
    const post = findAnyPost(slug)!;
    const since = (await notes.readReview(post.id!)).submittedAt;
    expect(since).toBeDefined();
    expect(await view.reviewQueue(eddie)).toEqual([
      { slug, title: "For review", authorName: expect.any(String), submittedAt: since },
    ]);
    expect(view.reviewCount(eddie)).toBe(1);

    const empty = await save(eddie, { ...on(slug, version), intent: "sendBack", note: "  " });
    expect(empty).toMatchObject({ ok: false, message: NOTE_REQUIRED });
    expect(source(slug)).toMatch(/^review: true$/m);

    const note = "Please add an example.\n<b>Not bold</b> {danger}";
    const back = await save(eddie, { ...on(slug, version), intent: "sendBack", note });
    expect(back).toMatchObject({ ok: true, status: "draft" });
    expect(back.review!.notes).toEqual([
      expect.objectContaining({ by: "Mentor eddie", text: note }),
    ]);
    expect(source(slug)).not.toMatch(/^review:/m);
    expect(source(slug)).not.toContain("Please add");
    expect(await view.reviewQueue(eddie)).toEqual([]);

    // Dana sees the note; Carl, another contributor, sees nothing of it.
    const post2 = findAnyPost(slug)!;
    expect((await view.reviewThreadFor(dana, post2)).notes).toHaveLength(1);
    expect(await view.reviewThreadFor(carl, post2)).toEqual({ notes: [] });

    // She fixes it and submits again, under a new address: the notes follow the post's id.
    const moved = await save(dana, { ...on(slug, back.version!), slug: "fixed", intent: "submit" });
    expect(moved).toMatchObject({ ok: true, status: "review", slug: "fixed" });
    expect(moved.review!.notes).toHaveLength(1);
    expect(moved.review!.submittedAt).toBeDefined();

    const approved = await save(eddie, { ...on("fixed", moved.version!), intent: "approve" });
    expect(approved).toMatchObject({ ok: true, status: "published" });
    expect(approved.review).toMatchObject({ submittedAt: undefined });
  });

  test("a contributor cannot approve, send back, or touch another contributor's post", async () => {
    const { slug, version } = await submitted();
    const before = source(slug);
    for (const intent of ["approve", "sendBack", "reschedule", "unschedule"])
      expect(await save(dana, { ...on(slug, version), intent, note: "x" })).toMatchObject({
        ok: false,
        message: CANNOT_PUBLISH,
      });
    for (const intent of ["withdraw", "save", "sendBack"])
      expect(await save(carl, { ...on(slug, version), intent })).toMatchObject({
        ok: false,
        message: POST_UNAVAILABLE,
      });
    expect(source(slug)).toBe(before);
    expect((await notes.readReview(findAnyPost(slug)!.id!)).notes).toEqual([]);
  });

  test("the author withdraws a waiting post; a note with another step is refused", async () => {
    const { slug, version } = await submitted();
    const sneaky = await save(dana, { ...on(slug, version), intent: "save", note: "hi" });
    expect(sneaky).toMatchObject({ ok: false, message: "Only sending a post back takes a note." });
    const out = await save(dana, { ...on(slug, version), intent: "withdraw" });
    expect(out).toMatchObject({ ok: true, status: "draft", review: { submittedAt: undefined } });
    const again = await save(dana, { ...on(slug, out.version!), intent: "withdraw" });
    expect(again).toMatchObject({ ok: false, message: NOT_IN_REVIEW });
  });

  test("notes are capped in length and in number, and nothing changes when refused", async () => {
    const { slug, version } = await submitted();
    const long = await save(eddie, {
      ...on(slug, version),
      intent: "sendBack",
      note: "x".repeat(MAX_NOTE_LENGTH + 1),
    });
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: { note: [`Shorten the note to at most ${MAX_NOTE_LENGTH} characters.`] },
    });
    const id = findAnyPost(slug)!.id!;
    for (let i = 0; i < notes.MAX_NOTES_PER_POST; i++) await notes.addNote(id, eddie.id, `n${i}`);
    const full = await save(eddie, { ...on(slug, version), intent: "sendBack", note: "one more" });
    expect(full).toMatchObject({ ok: false, message: new notes.TooManyNotes().message });
    expect(source(slug)).toMatch(/^review: true$/m);
    expect((await notes.readReview(id)).notes).toHaveLength(notes.MAX_NOTES_PER_POST);
  });
});
