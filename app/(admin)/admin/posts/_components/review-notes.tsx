import { LocalTime } from "@/components/admin/local-time";
import type { ReviewNoteView } from "@/lib/publishing/review-thread";
import { pluralise } from "@/lib/format";

/**
 * The notes editors left when sending the post back, oldest first. Plain text in a text node:
 * whatever a note holds (tags, MDX, links) is shown as typed, never rendered.
 */
export function ReviewNotes({ notes }: { notes: ReviewNoteView[] }) {
  if (notes.length === 0) return null;
  return (
    <section
      aria-labelledby="review-notes-heading"
      className="rounded-md border border-amber-600 bg-amber-50 p-3 dark:bg-amber-950/30"
    >
      <h2 id="review-notes-heading" className="text-sm font-semibold">
        Review notes ({pluralise(notes.length, "note")})
      </h2>
      <ol className="mt-2 space-y-3">
        {notes.map((note) => (
          <li key={note.id} className="text-sm">
            <p className="whitespace-pre-wrap break-words">{note.text}</p>
            <p className="mt-1 text-xs text-muted">
              {note.by}, <LocalTime iso={note.at} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
