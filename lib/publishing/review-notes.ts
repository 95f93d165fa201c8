import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import { createWriteQueue, writeFileAtomic } from "@/lib/data/atomic-write";
import { reviewNotesFile } from "@/lib/data/paths";
import { MAX_NOTE_LENGTH } from "@/lib/content/post-form";

/**
 * The review loop's memory, by post id: when the post was last submitted, and the notes editors
 * left when sending it back. It lives in the data folder, not in the post file or content/:
 * notes are a private conversation between a mentor and the editors, so they must never reach the
 * reader site, the content's git history (which anyone with the repository reads) or the post's
 * front matter; keyed by the permanent id, they follow the post through renames and come back
 * with it when a deleted post is restored.
 */

/** Enough for a long back-and-forth; keeps the file small whatever a client sends. */
export const MAX_NOTES_PER_POST = 50;

const noteSchema = z.object({
  id: z.string().min(1),
  /** The account that wrote the note (its current name is shown). */
  by: z.string().min(1),
  at: z.iso.datetime(),
  text: z.string().max(MAX_NOTE_LENGTH),
});
const recordSchema = z.object({
  submittedAt: z.iso.datetime().optional(),
  notes: z.array(noteSchema).max(MAX_NOTES_PER_POST),
});
/** The file, as the data folder and a backup archive hold it (lib/backup/). */
export const reviewNotesFileSchema = z.object({
  version: z.literal(1),
  posts: z.record(z.string(), recordSchema),
});
const fileSchema = reviewNotesFileSchema;

export type ReviewNote = z.infer<typeof noteSchema>;
export type ReviewRecord = z.infer<typeof recordSchema>;

export class TooManyNotes extends UserError {
  constructor() {
    super(
      `This post already has ${MAX_NOTES_PER_POST} review notes, the most it keeps. Talk to its author directly, or publish it.`,
    );
  }
}

const EMPTY: ReviewRecord = { notes: [] };

async function readAll(): Promise<Record<string, ReviewRecord>> {
  let raw: string;
  try {
    raw = await fs.readFile(reviewNotesFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  return fileSchema.parse(JSON.parse(raw)).posts;
}

const enqueue = createWriteQueue("review-notes");

/** Reads, changes one post's record and writes, as one step; empty records are dropped. */
function updateRecord<T>(
  postId: string,
  change: (record: ReviewRecord) => { record: ReviewRecord; result: T },
): Promise<T> {
  return enqueue(async () => {
    const posts = await readAll();
    const { record, result } = change(posts[postId] ?? EMPTY);
    // Own-property writes only: a post id is a UUID, never "__proto__", but the map is a plain object.
    const next = Object.fromEntries(Object.entries(posts).filter(([id]) => id !== postId));
    if (record.submittedAt || record.notes.length > 0) next[postId] = record;
    await writeFileAtomic(
      reviewNotesFile(),
      JSON.stringify({ version: 1, posts: next }, null, 2) + "\n",
      0o600,
    );
    return result;
  });
}

/** One post's record (no notes and no submission time when it has none). */
export async function readReview(postId: string): Promise<ReviewRecord> {
  const posts = await readAll();
  return Object.hasOwn(posts, postId) ? posts[postId]! : EMPTY;
}

/** When each post was last submitted, by post id: the review queue's "submitted" column. */
export async function submissionTimes(): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  for (const [id, record] of Object.entries(await readAll()))
    if (record.submittedAt) out.set(id, new Date(record.submittedAt));
  return out;
}

/** Refuses before anything is written when a note would not fit. */
export async function checkRoomForNote(postId: string): Promise<void> {
  if ((await readReview(postId)).notes.length >= MAX_NOTES_PER_POST) throw new TooManyNotes();
}

export function addNote(postId: string, by: string, text: string, now = new Date()) {
  const note: ReviewNote = { id: randomUUID(), by, at: now.toISOString(), text };
  return updateRecord(postId, (record) => {
    if (record.notes.length >= MAX_NOTES_PER_POST) throw new TooManyNotes();
    return { record: { ...record, notes: [...record.notes, note] }, result: note };
  });
}

/** Takes back a note whose "send back" did not happen (the post's save failed). */
export function removeNote(postId: string, noteId: string): Promise<void> {
  return updateRecord(postId, (record) => ({
    record: { ...record, notes: record.notes.filter((note) => note.id !== noteId) },
    result: undefined,
  }));
}

/** Records when the post entered review, or (undefined) that it left it. */
export function setSubmitted(postId: string, at: Date | undefined): Promise<void> {
  return updateRecord(postId, (record) => ({
    record: { ...record, submittedAt: at?.toISOString() },
    result: undefined,
  }));
}

/** Every post's record, by post id: what a backup archive carries (lib/backup/export.ts). */
export async function readAllReviews(): Promise<Record<string, ReviewRecord>> {
  return readAll();
}

/**
 * Brings review records back from a backup, as one write. A post's notes merge note by note (by
 * note id), so a conversation continued here since the backup loses nothing; past
 * MAX_NOTES_PER_POST only the newest are kept. A submission time already here wins. Answers how
 * many posts gained something (`added`) and how many had it all already (`skipped`).
 */
export function mergeReviews(
  incoming: ReadonlyMap<string, ReviewRecord>,
): Promise<{ added: number; skipped: number }> {
  return enqueue(async () => {
    const posts = new Map(Object.entries(await readAll()));
    let added = 0;
    for (const [postId, record] of incoming) {
      const local = posts.get(postId) ?? EMPTY;
      const known = new Set(local.notes.map((note) => note.id));
      const fresh = record.notes.filter((note) => !known.has(note.id));
      const submittedAt = local.submittedAt ?? record.submittedAt;
      if (fresh.length === 0 && submittedAt === local.submittedAt) continue;
      const notes = [...local.notes, ...fresh]
        .sort((a, b) => a.at.localeCompare(b.at))
        .slice(-MAX_NOTES_PER_POST);
      posts.set(postId, { ...(submittedAt ? { submittedAt } : {}), notes });
      added++;
    }
    if (added > 0)
      await writeFileAtomic(
        reviewNotesFile(),
        JSON.stringify({ version: 1, posts: Object.fromEntries(posts) }, null, 2) + "\n",
        0o600,
      );
    return { added, skipped: incoming.size - added };
  });
}
