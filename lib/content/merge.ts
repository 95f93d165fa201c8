import { diff3Merge } from "node-diff3";
import { mergeNormaliser, type PostFields } from "./fields";

/**
 * Three-way merge of a post for the editor's conflict view: `base` is the text the edit started
 * from, `mine` the editor's text now, `theirs` the newer saved file. Pure (no disk, no server), so
 * it runs in the browser where the editor keeps its base.
 */

/** The lines that frame a conflicting hunk, as git writes them (editors highlight them). */
export const MARKERS = {
  mine: "<<<<<<< yours",
  split: "=======",
  theirs: ">>>>>>> theirs (saved)",
} as const;

/** Lines that start or end a conflicting hunk: while any remain, the merge is not finished. */
const MARKER_LINE = /^(?:<{7}|>{7})(?: |$)/gm;

/** How many conflict markers (`<<<<<<<` or `>>>>>>>` at a line start) the text still holds. */
export const countConflictMarkers = (text: string) => text.match(MARKER_LINE)?.length ?? 0;

/** LF line breaks and no trailing blank lines: files end in one "\n", the editor may not. */
const lines = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");

/** Merges three texts line by line (diff3); overlapping changes become marked hunks. */
export function mergeText(
  base: string,
  mine: string,
  theirs: string,
): { text: string; conflicts: number } {
  const out: string[] = [];
  let conflicts = 0;
  for (const region of diff3Merge(lines(mine), lines(base), lines(theirs), {
    excludeFalseConflicts: true,
  })) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      conflicts++;
      out.push(MARKERS.mine, ...region.conflict.a, MARKERS.split, ...region.conflict.b);
      out.push(MARKERS.theirs);
    }
  }
  return { text: `${out.join("\n")}\n`, conflicts };
}

/** Values that mean the same once saved: each field's merge kind in the registry (fields.ts). */
const normalized = (field: string, value: string, fields?: PostFields) =>
  mergeNormaliser(field, fields)(value);

export type FieldConflict = { field: string; base: string; mine: string; theirs: string };

export type PostMerge<T> = {
  /** The merged fields and body; conflicting fields keep the mentor's value. */
  merged: T;
  /** True when nothing conflicts: the merged post can be saved as it is. */
  clean: boolean;
  /** Front matter fields both sides changed, differently. */
  fieldConflicts: FieldConflict[];
  /** Marked hunks in the merged body. */
  bodyConflicts: number;
};

/**
 * Merges a post: the body with diff3, every other field on its own. A field changed on one side
 * only takes that side; changed on both sides to different values it is a conflict.
 */
export function mergePost<T extends { body: string }>(
  base: T,
  mine: T,
  theirs: T,
  fields?: PostFields,
): PostMerge<T> {
  const merged = { ...mine };
  const fieldConflicts: FieldConflict[] = [];
  for (const field of Object.keys(mine) as (keyof T & string)[]) {
    if (field === "body") continue;
    const value = (side: T) => String(side[field] ?? "");
    const [b, m, t] = [value(base), value(mine), value(theirs)] as const;
    const same = (x: string, y: string) =>
      normalized(field, x, fields) === normalized(field, y, fields);
    if (same(m, t) || same(t, b)) continue;
    if (same(m, b)) merged[field] = theirs[field];
    else fieldConflicts.push({ field, base: b, mine: m, theirs: t });
  }
  const body = mergeText(base.body, mine.body, theirs.body);
  merged.body = body.text;
  return {
    merged,
    clean: fieldConflicts.length === 0 && body.conflicts === 0,
    fieldConflicts,
    bodyConflicts: body.conflicts,
  };
}
