/**
 * Reading the dates a post's front matter and the editor hold. Its own plain module: the field
 * registry (fields.ts) and the editor's form use it in the browser too.
 */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Dates arrive as text (front matter is parsed with YAML's core schema, which leaves them alone), so
 * impossible days like 2024-02-30 are caught here instead of silently rolling over to March. A time
 * without an offset is read as UTC, so every server agrees on when a post goes live.
 */
export function parseContentDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d, hh = "00", mm = "00", ss = "00", zone] = match;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    day.getUTCFullYear() !== Number(y) ||
    day.getUTCMonth() !== Number(m) - 1 ||
    day.getUTCDate() !== Number(d)
  ) {
    return undefined;
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const iso =
    value.length === 10 ? `${value}T00:00:00Z` : value.replace(" ", "T") + (zone ? "" : "Z");
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
