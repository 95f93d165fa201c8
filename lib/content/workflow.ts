import { can, type Actor } from "@/lib/accounts/roles";
import { isPublic, type PostStatus } from "./status";

/**
 * The publishing workflow as one pure function: from what the mentor asked (the intent), where
 * the post stands, who asks and the clock, to the post's new workflow fields or a refusal. The
 * save action applies it; tests/workflow.test.ts covers every role and state. The toolbar offers
 * exactly `intentsFor`, so a button is never shown for a step the server would refuse.
 */
export const POST_INTENTS = [
  "save",
  "submit",
  "publish",
  "schedule",
  "unpublish",
  "update",
  // The review loop and the scheduled state (see intentsFor for who is offered which).
  "approve",
  "sendBack",
  "withdraw",
  "reschedule",
  "unschedule",
] as const;
export type PostIntent = (typeof POST_INTENTS)[number];

export type WorkflowPost = { draft: boolean; review: boolean; date: Date; status: PostStatus };

export type WorkflowRequest = {
  intent: PostIntent;
  autosave?: boolean;
  /** The post as saved, or undefined for a new post. */
  before?: WorkflowPost;
  /** The date as typed in the form (the form shows minutes, and seconds when typed). */
  date?: Date;
  actor: Actor;
  /** The author the post will have after this save. */
  authorId: string;
  now: Date;
};

export type WorkflowOutcome =
  | { ok: true; draft: boolean; review: boolean; date: Date }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const CANNOT_PUBLISH = "Your role cannot publish: submit the post for review instead.";
export const AUTOSAVE_OFF = "Autosave is off for published posts: use Update.";
export const SAVE_FIRST = "Save the post first.";
export const FUTURE_TIME = "Choose a time in the future to schedule the post.";
export const NOT_IN_REVIEW =
  "This post is not waiting for review any more. Reload to see where it stands.";
export const ALREADY_IN_REVIEW = "This post is already waiting for review.";
export const NOT_SCHEDULED = "This post is not scheduled any more. Reload to see where it stands.";
export const NOT_YOURS = "Only the post's author can withdraw it from review.";

/** Steps that only make sense in one state: a stale tab or a forged request gets a plain answer. */
const NEEDS_STATE: Partial<Record<PostIntent, { status: PostStatus; message: string }>> = {
  approve: { status: "review", message: NOT_IN_REVIEW },
  sendBack: { status: "review", message: NOT_IN_REVIEW },
  withdraw: { status: "review", message: NOT_IN_REVIEW },
  reschedule: { status: "scheduled", message: NOT_SCHEDULED },
  unschedule: { status: "scheduled", message: NOT_SCHEDULED },
};
/** Steps that need the right to publish this post (checked against its author after the save). */
const PUBLISHING: ReadonlySet<PostIntent> = new Set([
  "publish",
  "schedule",
  "unpublish",
  "approve",
  "sendBack",
  "reschedule",
  "unschedule",
]);

export function applyIntent(request: WorkflowRequest): WorkflowOutcome {
  const { intent, before, actor, authorId, now } = request;
  // An unchanged minute keeps the stored date to the millisecond (the form cannot show it)...
  const sameMinute =
    request.date !== undefined &&
    before !== undefined &&
    Math.floor(request.date.getTime() / 60_000) === Math.floor(before.date.getTime() / 60_000);
  const date = (sameMinute ? before.date : request.date) ?? before?.date ?? now;
  const keep = { draft: before?.draft ?? true, review: before?.review ?? false, date };
  // Checked against the author the post will have: an author cannot publish as someone else.
  if (PUBLISHING.has(intent) && !can.publishPost(actor, { authorId, published: false }))
    return { ok: false, message: CANNOT_PUBLISH };
  const needs = NEEDS_STATE[intent];
  if (needs && before?.status !== needs.status) return { ok: false, message: needs.message };
  switch (intent) {
    case "save":
      if (request.autosave && isPublic(before?.status)) return { ok: false, message: AUTOSAVE_OFF };
      return { ...keep, ok: true, draft: true };
    case "submit":
      // Submitting again would only move the post to the back of the queue.
      if (before?.status === "review") return { ok: false, message: ALREADY_IN_REVIEW };
      return { ...keep, ok: true, draft: true, review: true };
    case "withdraw":
      // Editors send back (with a note); withdrawing is the author's own step.
      if (!can.ownsPost(actor, { authorId })) return { ok: false, message: NOT_YOURS };
      return { ok: true, draft: true, review: false, date };
    case "update":
      if (!before) return { ok: false, message: SAVE_FIRST };
      return { ...keep, ok: true };
    case "unpublish":
    case "unschedule":
    case "sendBack":
      return { ok: true, draft: true, review: false, date };
    case "schedule":
    case "reschedule":
      // ...but scheduling takes the time exactly as typed: a draft saved at 10:00:05 and
      // scheduled for 10:00:50 goes out at 10:00:50, not at the stored 10:00:05.
      if (!request.date || request.date.getTime() <= now.getTime())
        return {
          ok: false,
          message: FUTURE_TIME,
          fieldErrors: { date: ["Choose a time in the future."] },
        };
      return { ok: true, draft: false, review: false, date: request.date };
    case "publish":
    case "approve": {
      // Publishing now: a post that was never public, or was waiting for its date, takes now.
      const wasPublic = isPublic(before?.status);
      return {
        ok: true,
        draft: false,
        review: false,
        date: !wasPublic || date.getTime() > now.getTime() ? now : date,
      };
    }
  }
}

/**
 * The steps the editor offers for a post in this state, to a mentor who may or may not publish
 * it; the first is the state's main step (the toolbar's one primary button).
 */
export function intentsFor(status: PostStatus | undefined, canPublish: boolean): PostIntent[] {
  if (!canPublish) {
    if (status === "review") return ["save", "withdraw"];
    return isPublic(status) ? ["update"] : ["submit", "save"];
  }
  switch (status) {
    case "review":
      return ["approve", "schedule", "sendBack", "save"];
    case "scheduled":
      return ["update", "reschedule", "unschedule"];
    case "published":
      return ["update", "unpublish"];
    default:
      return ["publish", "schedule", "save"];
  }
}

/** The intent a state's main button sends (the first that intentsFor offers). */
export const primaryIntent = (status: PostStatus | undefined, canPublish: boolean): PostIntent =>
  intentsFor(status, canPublish)[0]!;
