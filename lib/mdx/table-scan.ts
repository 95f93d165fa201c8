import { fencedCodeTracker, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from "./limits";

export type TableVerdict = {
  ok: false;
  limit: "tableColumns" | "tableCells";
  found: number;
  rows?: number;
  columns?: number;
  line: number;
};

/** A GFM delimiter row: `|---|:--:|`, pipes optional at the ends. */
const DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** Lines that end a table: blank, or the start of another block. */
const ENDS_TABLE = /^\s*$|^ {0,3}(#{1,6}(\s|$)|>|`{3}|~{3}|[-*+](\s|$)|\d{1,9}[.)](\s|$)|<)/;

/** A row's cells: split on pipes that are not escaped, without the optional outer pipes. */
function cellsOf(line: string): number {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]?.trim() === "") cells.pop();
  return cells.length;
}

/**
 * Tables found in the text, before anything parses: the Markdown parser takes about a second per
 * 5,000 table rows, so a table too wide or too long is refused here at once, with its line. A
 * header and a delimiter row of the same width open a table; its rows run to a blank line or the
 * next block. Counts low when unsure (tables inside quotes or lists are skipped): the worker
 * counts exactly on the parsed tree. Linear in the text.
 */
export function scanTables(source: string): TableVerdict | undefined {
  const lines = source.split("\n");
  const inFencedCode = fencedCodeTracker();
  inFencedCode(lines[0]!);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFencedCode(line)) continue;
    if (!line.includes("-") || !DELIMITER.test(line)) continue;
    const columns = cellsOf(line);
    if (columns !== cellsOf(lines[i - 1]!) || (columns === 1 && !line.includes("|"))) continue;
    if (columns > MAX_TABLE_COLUMNS)
      return { ok: false, limit: "tableColumns", found: columns, line: i };
    let rows = 1;
    while (i + rows < lines.length && !ENDS_TABLE.test(lines[i + rows]!)) rows++;
    if (rows * columns > MAX_TABLE_CELLS)
      return { ok: false, limit: "tableCells", found: rows * columns, rows, columns, line: i };
    i += rows - 1;
  }
  return undefined;
}
