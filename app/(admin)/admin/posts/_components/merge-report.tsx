"use client";

import { fieldLabels } from "@/lib/content/fields";
import type { FieldConflict } from "@/lib/content/merge";
import type { EditorFields } from "@/lib/admin/editor-types";

/** Each field's label, as the editor shows it (lib/content/fields.ts). */
const LABELS = fieldLabels();

const shown = (value: string) => (value.trim() ? `“${value}”` : "(empty)");

/**
 * What Merge did: nothing is saved yet. Conflicting passages stay marked in the body (and saving
 * waits until none is left); conflicting fields keep the mentor's value and offer theirs.
 */
export function MergeReport({
  markersLeft,
  fieldConflicts,
  onUseTheirs,
}: {
  markersLeft: number;
  fieldConflicts: FieldConflict[];
  onUseTheirs: (field: keyof EditorFields, value: string) => void;
}) {
  return (
    <section
      aria-labelledby="merge-heading"
      className="rounded-lg border border-sky-600 p-4 text-sm"
      data-testid="merge-report"
    >
      <h2 id="merge-heading" className="font-semibold">
        Merged with the saved version
      </h2>
      <p className="mt-1" role="status">
        {markersLeft > 0
          ? `Conflicting passages in the body are marked between “<<<<<<< yours” and “>>>>>>> theirs (saved)” (${markersLeft} marker lines left). Keep what you want, delete the marker lines, then save: saving is blocked until none is left.`
          : "Your changes and theirs are combined in the editor. Nothing is saved yet: check the text, then save."}
      </p>
      {fieldConflicts.length > 0 ? (
        <>
          <p className="mt-2">Both of you changed these fields; yours are kept:</p>
          <ul className="mt-1 space-y-1" aria-label="Conflicting fields">
            {fieldConflicts.map((conflict) => (
              <li key={conflict.field} className="flex flex-wrap items-center gap-2">
                <span>
                  <strong>{LABELS[conflict.field] ?? conflict.field}</strong>: yours{" "}
                  {shown(conflict.mine)}, theirs {shown(conflict.theirs)}
                </span>
                <button
                  type="button"
                  onClick={() => onUseTheirs(conflict.field as keyof EditorFields, conflict.theirs)}
                  className="rounded-md border border-line px-2 py-0.5 text-xs"
                  aria-label={`Use theirs for ${LABELS[conflict.field] ?? conflict.field}`}
                >
                  Use theirs
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
