import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/accounts/roles";
import {
  applyIntent,
  AUTOSAVE_OFF,
  CANNOT_PUBLISH,
  FUTURE_TIME,
  intentsFor,
  SAVE_FIRST,
  type WorkflowPost,
} from "@/lib/content/workflow";

const now = new Date("2026-12-02T10:00:00.000Z");
const past = new Date("2026-11-01T08:00:00.000Z");
const future = new Date("2027-01-05T09:00:00.000Z");
const actor = (role: Role, authorId = "me"): Actor => ({ id: `acct-${role}`, role, authorId });

const draft: WorkflowPost = { draft: true, review: false, date: past, status: "draft" };
const inReview: WorkflowPost = { draft: true, review: true, date: past, status: "review" };
const published: WorkflowPost = { draft: false, review: false, date: past, status: "published" };
const scheduled: WorkflowPost = { draft: false, review: false, date: future, status: "scheduled" };

describe("applyIntent", () => {
  it("saves a new post as a draft dated now", () => {
    expect(
      applyIntent({ intent: "save", actor: actor("contributor"), authorId: "me", now }),
    ).toEqual({ ok: true, draft: true, review: false, date: now });
  });

  it("keeps a submitted draft in review on a later save only when submitted again", () => {
    const base = { actor: actor("contributor"), authorId: "me", now, before: inReview };
    expect(applyIntent({ ...base, intent: "save" })).toEqual({
      ok: true,
      draft: true,
      review: true,
      date: past,
    });
    expect(applyIntent({ ...base, before: draft, intent: "submit" })).toMatchObject({
      ok: true,
      draft: true,
      review: true,
    });
  });

  it.each(["publish", "schedule", "unpublish"] as const)(
    "refuses %s to a contributor, on any post",
    (intent) => {
      for (const before of [undefined, draft, inReview, published]) {
        expect(
          applyIntent({
            intent,
            before,
            date: future,
            actor: actor("contributor"),
            authorId: "me",
            now,
          }),
        ).toEqual({ ok: false, message: CANNOT_PUBLISH });
      }
    },
  );

  it("lets an author publish their own post but not one credited to someone else", () => {
    const own = applyIntent({
      intent: "publish",
      before: draft,
      actor: actor("author"),
      authorId: "me",
      now,
    });
    expect(own).toEqual({ ok: true, draft: false, review: false, date: now });
    const other = applyIntent({
      intent: "publish",
      before: draft,
      actor: actor("author"),
      authorId: "someone-else",
      now,
    });
    expect(other).toEqual({ ok: false, message: CANNOT_PUBLISH });
  });

  it.each(["editor", "admin", "owner"] as const)("lets an %s publish anyone's post", (role) => {
    expect(
      applyIntent({ intent: "publish", before: inReview, actor: actor(role), authorId: "x", now }),
    ).toEqual({ ok: true, draft: false, review: false, date: now });
  });

  it("keeps a published post's date when it is published again, and dates a scheduled one now", () => {
    const editor = actor("editor");
    expect(
      applyIntent({ intent: "publish", before: published, actor: editor, authorId: "x", now }),
    ).toMatchObject({ ok: true, date: past });
    expect(
      applyIntent({ intent: "publish", before: scheduled, actor: editor, authorId: "x", now }),
    ).toMatchObject({ ok: true, date: now });
  });

  it("schedules only for a time after now", () => {
    const editor = actor("editor");
    const refused = {
      ok: false,
      message: FUTURE_TIME,
      fieldErrors: { date: ["Choose a time in the future."] },
    };
    expect(
      applyIntent({ intent: "schedule", before: draft, actor: editor, authorId: "x", now }),
    ).toEqual(refused);
    expect(
      applyIntent({
        intent: "schedule",
        before: draft,
        date: now,
        actor: editor,
        authorId: "x",
        now,
      }),
    ).toEqual(refused);
    expect(
      applyIntent({
        intent: "schedule",
        before: draft,
        date: future,
        actor: editor,
        authorId: "x",
        now,
      }),
    ).toEqual({ ok: true, draft: false, review: false, date: future });
  });

  it("unpublishes to a plain draft, out of review", () => {
    expect(
      applyIntent({
        intent: "unpublish",
        before: published,
        actor: actor("editor"),
        authorId: "x",
        now,
      }),
    ).toEqual({ ok: true, draft: true, review: false, date: past });
  });

  it("refuses autosave on a public post and update on a new one", () => {
    const editor = actor("editor");
    for (const before of [published, scheduled])
      expect(
        applyIntent({ intent: "save", autosave: true, before, actor: editor, authorId: "x", now }),
      ).toEqual({ ok: false, message: AUTOSAVE_OFF });
    expect(applyIntent({ intent: "update", actor: editor, authorId: "x", now })).toEqual({
      ok: false,
      message: SAVE_FIRST,
    });
    expect(
      applyIntent({ intent: "update", before: published, actor: editor, authorId: "x", now }),
    ).toEqual({ ok: true, draft: false, review: false, date: past });
  });
});

describe("intentsFor", () => {
  it("offers a mentor who cannot publish only saving and review", () => {
    expect(intentsFor(undefined, false)).toEqual(["save", "submit"]);
    expect(intentsFor("draft", false)).toEqual(["save", "submit"]);
    expect(intentsFor("review", false)).toEqual(["save", "submit"]);
    expect(intentsFor("published", false)).toEqual(["update"]);
  });

  it("offers a publisher the steps that fit the state", () => {
    expect(intentsFor(undefined, true)).toEqual(["save", "publish", "schedule"]);
    expect(intentsFor("review", true)).toEqual(["save", "publish", "schedule"]);
    expect(intentsFor("scheduled", true)).toEqual(["update", "publish", "schedule", "unpublish"]);
    expect(intentsFor("published", true)).toEqual(["update", "schedule", "unpublish"]);
  });

  it("offers only steps applyIntent accepts for that role", () => {
    for (const role of ["contributor", "author", "editor"] as const) {
      for (const before of [undefined, draft, inReview, published, scheduled]) {
        const canPublish = role !== "contributor";
        for (const intent of intentsFor(before?.status, canPublish)) {
          const outcome = applyIntent({
            intent,
            before,
            date: future,
            actor: actor(role),
            authorId: "me",
            now,
          });
          expect(outcome.ok, `${role} ${intent} on ${before?.status ?? "new"}`).toBe(true);
        }
      }
    }
  });
});

describe("dates typed in the form", () => {
  const editor = actor("editor");
  const savedAt = new Date("2026-12-02T10:00:05.123Z");
  const saved: WorkflowPost = { draft: true, review: false, date: savedAt, status: "draft" };

  it("keeps the stored milliseconds when the typed minute is unchanged", () => {
    const typed = new Date("2026-12-02T10:00:00.000Z");
    expect(
      applyIntent({
        intent: "save",
        before: saved,
        date: typed,
        actor: editor,
        authorId: "x",
        now,
      }),
    ).toMatchObject({ ok: true, date: savedAt });
  });

  it("schedules at the time typed, even within the minute the draft was saved in", () => {
    const clock = new Date("2026-12-02T10:00:20.000Z");
    const typed = new Date("2026-12-02T10:00:50.000Z");
    expect(
      applyIntent({
        intent: "schedule",
        before: saved,
        date: typed,
        actor: editor,
        authorId: "x",
        now: clock,
      }),
    ).toEqual({ ok: true, draft: false, review: false, date: typed });
  });
});
