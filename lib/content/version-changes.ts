import { diffArrays, diffWords } from "diff";
import { formatMoment } from "@/lib/format";
import { parseContentDate } from "./content-date";
import { POST_FIELDS } from "./fields";
import { splitFrontMatter } from "./split-front-matter";
import { STATUS_LABELS, postStatus } from "./status";

/**
 * What one version of a post changed, as a mentor reads it: the text as paragraphs with the words
 * added and removed marked, and the details at the top of the file as a table of fields with
 * their labels from fields.ts. Pure: the history page reads the two versions and hands them here.
 */

export type WordPart = { kind: "same" | "added" | "removed"; text: string };
export type BodyBlock =
  | { kind: "same" | "added" | "removed" | "changed"; parts: WordPart[] }
  /** Unchanged paragraphs away from any change, counted rather than shown. */
  | { kind: "skipped"; count: number };
export type FieldChange = {
  key: string;
  label: string;
  before: string;
  after: string;
  /** A date with a time, as an instant (ISO): the page shows it in the mentor's own zone. */
  beforeAt?: string;
  afterAt?: string;
};
export type VersionChanges = { fields: FieldChange[]; body: BodyBlock[] };

/** Above this many characters, two paragraphs are compared whole, not word by word. */
const WORD_DIFF_LIMIT = 20_000;
/** The paragraph comparison gives up after this long (shown as all removed, all added). */
const DIFF_TIMEOUT_MS = 1_000;

/** Not shown as fields: the permanent id never changes, and the flags are shown as "Status". */
const HIDDEN = new Set(["id", "draft", "review", "layout"]);

type Version = { source: string; at: Date };

export function versionChanges(
  before: Version | undefined,
  after: Version,
  options: { authorName?: (id: string) => string; now?: Date } = {},
): VersionChanges {
  const old = before ? split(before.source) : { data: {}, body: "" };
  const now = split(after.source);
  return {
    fields: fieldChanges(old.data, before?.at, now.data, after.at, options),
    body: bodyChanges(old.body, now.body),
  };
}

function split(source: string): { data: Record<string, unknown>; body: string } {
  try {
    return splitFrontMatter(source, "post");
  } catch {
    // A version whose details do not read (written by hand long ago): all of it is text.
    return { data: {}, body: source };
  }
}

function fieldChanges(
  before: Record<string, unknown>,
  beforeAt: Date | undefined,
  after: Record<string, unknown>,
  afterAt: Date,
  options: { authorName?: (id: string) => string; now?: Date },
): FieldChange[] {
  const shown = (key: string, value: unknown) => showValue(key, value, options);
  const rows: FieldChange[] = [];
  const status = (data: Record<string, unknown>, at: Date | undefined) =>
    at && Object.keys(data).length ? statusOf(data, at) : "";
  const [was, is] = [status(before, beforeAt), status(after, afterAt)];
  if (was !== is) rows.push({ key: "status", label: "Status", before: was, after: is });
  for (const field of POST_FIELDS) {
    if (HIDDEN.has(field.key)) continue;
    const [from, to] = [shown(field.key, before[field.key]), shown(field.key, after[field.key])];
    if (from === to) continue;
    const [beforeAt, afterAt] = [
      instantOf(field.key, before[field.key]),
      instantOf(field.key, after[field.key]),
    ];
    rows.push({
      key: field.key,
      label: field.label,
      before: from,
      after: to,
      ...(beforeAt ? { beforeAt } : {}),
      ...(afterAt ? { afterAt } : {}),
    });
  }
  return rows;
}

function statusOf(data: Record<string, unknown>, at: Date): string {
  const date = asDate(data.date) ?? at;
  return STATUS_LABELS[
    postStatus({ draft: data.draft === true, review: data.review === true, date }, at)
  ];
}

const asDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return typeof value === "string" ? parseContentDate(value.trim()) : undefined;
};

/** A day alone ("updated: 2026-12-02", or a date without time) is a day, not an instant. */
const isDayOnly = (key: string, value: unknown) =>
  key === "updated" || (typeof value === "string" && value.trim().length === 10);

/** The instant a date field with a time holds, for the page to show in the mentor's zone. */
function instantOf(key: string, value: unknown): string | undefined {
  if (key !== "date" || isDayOnly(key, value)) return undefined;
  return asDate(value)?.toISOString();
}

function showValue(
  key: string,
  value: unknown,
  options: { authorName?: (id: string) => string; now?: Date },
): string {
  if (value === undefined || value === null || value === "") return "";
  if (key === "date" || key === "updated") {
    const date = asDate(value);
    if (!date) return String(value);
    // A day alone is shown as the day; an instant (in UTC here) is shown by the page in the
    // mentor's zone (instantOf), this text only compares versions.
    const moment = formatMoment(date, options.now);
    return isDayOnly(key, value) ? moment.split(",")[0]! : moment;
  }
  if (key === "author" && typeof value === "string") return options.authorName?.(value) ?? value;
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** Paragraphs: text between blank lines, each trimmed. */
const paragraphs = (body: string) =>
  body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);

export function bodyChanges(before: string, after: string): BodyBlock[] {
  const [old, now] = [paragraphs(before), paragraphs(after)];
  const changes = diffArrays(old, now, { timeout: DIFF_TIMEOUT_MS }) ?? [
    { value: old, added: false, removed: true, count: old.length },
    { value: now, added: true, removed: false, count: now.length },
  ];
  const blocks: Exclude<BodyBlock, { kind: "skipped" }>[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      // Paragraphs removed where others were added: compared in pairs, word by word.
      const count = Math.max(change.value.length, next.value.length);
      for (let p = 0; p < count; p++) blocks.push(pair(change.value[p], next.value[p]));
      i++;
      continue;
    }
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    for (const text of change.value) blocks.push({ kind, parts: [{ kind, text }] });
  }
  return collapse(blocks);
}

function pair(
  before: string | undefined,
  after: string | undefined,
): Exclude<BodyBlock, { kind: "skipped" }> {
  if (before === undefined) return { kind: "added", parts: [{ kind: "added", text: after! }] };
  if (after === undefined) return { kind: "removed", parts: [{ kind: "removed", text: before }] };
  const words =
    before.length + after.length > WORD_DIFF_LIMIT
      ? undefined
      : diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  const parts: WordPart[] = words
    ? words.map((w) => ({
        kind: w.added ? "added" : w.removed ? "removed" : "same",
        text: w.value,
      }))
    : [
        { kind: "removed", text: before },
        { kind: "added", text: after },
      ];
  return { kind: "changed", parts };
}

/** Keeps one unchanged paragraph either side of a change; the rest are counted. */
function collapse(blocks: Exclude<BodyBlock, { kind: "skipped" }>[]): BodyBlock[] {
  const near = (i: number) =>
    [i - 1, i + 1].some((j) => blocks[j] !== undefined && blocks[j]!.kind !== "same");
  const out: BodyBlock[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== "same" || near(i)) return void out.push(block);
    const last = out.at(-1);
    if (last?.kind === "skipped") last.count++;
    else out.push({ kind: "skipped", count: 1 });
  });
  return out;
}
