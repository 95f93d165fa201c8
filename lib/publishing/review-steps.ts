import "server-only";
import type { PostStatus } from "@/lib/content/status";
import type { PostIntent } from "@/lib/content/workflow";
import { UserError } from "@/lib/errors";
import { addNote, checkRoomForNote, setSubmitted } from "./review-notes";

export const NOTE_REQUIRED = "Write a note so the author knows what to change.";

/**
 * Checks a save's review note before anything is written: "Send back" needs one (and room for it);
 * no other step takes one, so a note sent with them is refused rather than silently dropped.
 */
export async function checkReviewNote(
  intent: PostIntent,
  note: string | undefined,
  postId: string | undefined,
): Promise<void> {
  if (intent !== "sendBack") {
    if (note) throw new UserError("Only sending a post back takes a note.");
    return;
  }
  if (!note) throw new UserError(NOTE_REQUIRED, { note: [NOTE_REQUIRED] });
  if (postId) await checkRoomForNote(postId);
}

/**
 * The review loop's records after a save went through: when the post entered review (the queue
 * sorts by it), that it left, and the note of a "Send back".
 */
export async function recordReviewStep(step: {
  postId: string;
  accountId: string;
  intent: PostIntent;
  before?: PostStatus;
  after: PostStatus;
  note?: string;
  now?: Date;
}): Promise<void> {
  const now = step.now ?? new Date();
  if (step.intent === "sendBack" && step.note)
    await addNote(step.postId, step.accountId, step.note, now);
  if (step.after === "review" && step.before !== "review") await setSubmitted(step.postId, now);
  else if (step.after !== "review" && step.before === "review")
    await setSubmitted(step.postId, undefined);
}
