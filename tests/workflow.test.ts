import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/accounts/roles";
import {
  applyIntent,
  AUTOSAVE_OFF,
  CANNOT_PUBLISH,
  FUTURE_TIME,
  ALREADY_IN_REVIEW,
  intentsFor,
  NOT_IN_REVIEW,
  NOT_SCHEDULED,
  NOT_YOURS,
  POST_INTENTS,
  primaryIntent,
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

describe("the review loop and the scheduled state", () => {
  const editor = actor("editor");
  const contributor = actor("contributor");
  // No typed date: the post keeps its own (a typed one is kept as with any save).
  const base = { now };

  it("approves a post in review: published now, out of review", () => {
    expect(
      applyIntent({ ...base, intent: "approve", before: inReview, actor: editor, authorId: "x" }),
    ).toEqual({ ok: true, draft: false, review: false, date: now });
  });

  it("sends a post in review back to a plain draft, keeping its date", () => {
    expect(
      applyIntent({ ...base, intent: "sendBack", before: inReview, actor: editor, authorId: "x" }),
    ).toEqual({ ok: true, draft: true, review: false, date: past });
  });

  it("lets the author withdraw their own post from review, and nobody else's", () => {
    expect(
      applyIntent({
        ...base,
        intent: "withdraw",
        before: inReview,
        actor: contributor,
        authorId: "me",
      }),
    ).toEqual({ ok: true, draft: true, review: false, date: past });
    for (const who of [contributor, editor])
      expect(
        applyIntent({
          ...base,
          intent: "withdraw",
          before: inReview,
          actor: who,
          authorId: "other",
        }),
      ).toEqual({ ok: false, message: NOT_YOURS });
  });

  it.each(["approve", "sendBack", "reschedule", "unschedule"] as const)(
    "refuses %s to a contributor, even on their own post in review",
    (intent) => {
      for (const before of [undefined, draft, inReview, published, scheduled])
        expect(
          applyIntent({ ...base, intent, before, actor: contributor, authorId: "me" }),
        ).toEqual({
          ok: false,
          message: CANNOT_PUBLISH,
        });
    },
  );

  it("refuses an author approving or sending back someone else's post", () => {
    for (const intent of ["approve", "sendBack"] as const)
      expect(
        applyIntent({ ...base, intent, before: inReview, actor: actor("author"), authorId: "x" }),
      ).toEqual({ ok: false, message: CANNOT_PUBLISH });
  });

  it("takes review steps only on a post in review, and scheduled steps only on a scheduled one", () => {
    for (const intent of ["approve", "sendBack", "withdraw"] as const)
      for (const before of [undefined, draft, published, scheduled])
        expect(applyIntent({ ...base, intent, before, actor: editor, authorId: "me" })).toEqual({
          ok: false,
          message: NOT_IN_REVIEW,
        });
    for (const intent of ["reschedule", "unschedule"] as const)
      for (const before of [undefined, draft, inReview, published])
        expect(applyIntent({ ...base, intent, before, actor: editor, authorId: "me" })).toEqual({
          ok: false,
          message: NOT_SCHEDULED,
        });
  });

  it("does not submit a post that is already waiting", () => {
    expect(
      applyIntent({
        ...base,
        intent: "submit",
        before: inReview,
        actor: contributor,
        authorId: "me",
      }),
    ).toEqual({ ok: false, message: ALREADY_IN_REVIEW });
  });

  it("reschedules to a new future time, and unschedules back to a draft", () => {
    const later = new Date("2027-02-01T12:00:00.000Z");
    expect(
      applyIntent({
        intent: "reschedule",
        before: scheduled,
        date: later,
        actor: editor,
        authorId: "x",
        now,
      }),
    ).toEqual({ ok: true, draft: false, review: false, date: later });
    expect(
      applyIntent({
        intent: "reschedule",
        before: scheduled,
        date: past,
        actor: editor,
        authorId: "x",
        now,
      }),
    ).toMatchObject({ ok: false, message: FUTURE_TIME });
    expect(
      applyIntent({ intent: "unschedule", before: scheduled, actor: editor, authorId: "x", now }),
    ).toEqual({ ok: true, draft: true, review: false, date: future });
  });
});

describe("intentsFor", () => {
  it("offers a mentor who cannot publish submitting, saving, and withdrawing while waiting", () => {
    expect(intentsFor(undefined, false)).toEqual(["submit", "save"]);
    expect(intentsFor("draft", false)).toEqual(["submit", "save"]);
    expect(intentsFor("review", false)).toEqual(["save", "withdraw"]);
    expect(intentsFor("scheduled", false)).toEqual(["update"]);
    expect(intentsFor("published", false)).toEqual(["update"]);
  });

  it("offers a publisher the steps that fit the state, main step first", () => {
    expect(intentsFor(undefined, true)).toEqual(["publish", "schedule", "save"]);
    expect(intentsFor("draft", true)).toEqual(["publish", "schedule", "save"]);
    expect(intentsFor("review", true)).toEqual(["approve", "schedule", "sendBack", "save"]);
    expect(intentsFor("scheduled", true)).toEqual(["update", "reschedule", "unschedule"]);
    expect(intentsFor("published", true)).toEqual(["update", "unpublish"]);
    expect(primaryIntent("review", true)).toBe("approve");
    expect(primaryIntent("draft", false)).toBe("submit");
  });

  it("offers every intent in some state, so none is dead code", () => {
    const offered = new Set(
      [undefined, "draft", "review", "scheduled", "published"].flatMap((status) =>
        [true, false].flatMap((canPublish) =>
          intentsFor(status as WorkflowPost["status"] | undefined, canPublish),
        ),
      ),
    );
    // "submit" to publishers and "unpublish" on a scheduled post remain accepted, not offered.
    expect(POST_INTENTS.filter((intent) => !offered.has(intent))).toEqual([]);
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
