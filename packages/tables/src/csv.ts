import type { Column } from "./column.js";
import type { TableLayout } from "./table-layout.js";
import type { Cell, Row } from "./table-rows.js";

/** Quotes a field when RFC 4180 requires it: a comma, a double quote, CR or LF in it. */
function field(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "string" ? value : String(value);
  return /[",\r\n]/.test(text) || text.startsWith(" ") || text.endsWith(" ")
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * One CSV record (RFC 4180): fields joined by commas, quoted where needed, ended by CRLF. An
 * empty cell is an empty field.
 *
 * @param cells - The fields.
 * @returns The line, with its CRLF.
 * @example
 * ```ts
 * csvLine(["a", 'say "hi"', null, 3]); // 'a,"say ""hi""",,3\r\n'
 * ```
 */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(field).join(",")}\r\n`;
}

/**
 * The header line of a table's CSV file.
 *
 * @param table - A table layout.
 * @returns The column names as a CSV line.
 * @example
 * ```ts
 * csvHeader(tableLayout("agenda")!); // "meeting_id,ordinal,issue,note\r\n"
 * ```
 */
export function csvHeader(table: TableLayout): string {
  return csvLine(table.columns.map((column: Column) => column.name));
}

/**
 * A whole table as CSV text (RFC 4180, header line first, CRLF line ends).
 *
 * @param table - A table layout.
 * @param rows - Its rows, from `tableRows`.
 * @returns The CSV text.
 * @example
 * ```ts
 * const meetings = tableLayout("meetings")!;
 * const text = toCsv(meetings, tableRows(meetings, records));
 * ```
 */
export function toCsv(table: TableLayout, rows: Iterable<Row>): string {
  let text = csvHeader(table);
  for (const row of rows) text += csvLine(row);
  return text;
}
