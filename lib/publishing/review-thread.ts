/** A review note as the editor shows it: plain text, by the current name of who wrote it. */
export type ReviewNoteView = { id: string; by: string; at: string; text: string };

/** A post's review state for its author and the editors: since when it waits, and the notes. */
export type ReviewThread = { submittedAt?: string; notes: ReviewNoteView[] };

/** A row of the review queue. */
export type ReviewQueueRow = {
  slug: string;
  title: string;
  authorName: string;
  /** When it was submitted (its last change when the file was marked by hand). */
  submittedAt: string;
};
