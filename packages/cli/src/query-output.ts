import { csvLine } from "@statecraft/tables";

/** The formats `statecraft query` prints. */
export const QUERY_FORMATS = ["table", "csv", "json"] as const;

/** One of {@link QUERY_FORMATS}. */
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** A DuckDB value as JSON: big integers as numbers when exact (else text), dates as text. */
function jsonValue(value: unknown): unknown {
  if (typeof value === "bigint")
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  return value;
}

/** A value as one line of text: empty for NULL, JSON for lists and structs. */
function textValue(value: unknown): string {
  const json = jsonValue(value);
  if (json === null || json === undefined) return "";
  if (typeof json === "object") return JSON.stringify(json);
  return String(json).replace(/[\r\n\t]/g, " ");
}

/** Formats a query result as an aligned text table, CSV (RFC 4180) or JSON (an array of objects). */
export function formatResult(
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  format: QueryFormat,
): string {
  if (format === "json")
    return `${JSON.stringify(
      rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, jsonValue(row[i])]))),
      null,
      2,
    )}\n`;
  if (format === "csv")
    return (
      csvLine(columns) +
      rows.map((row) => csvLine(row.map((v) => (v === null ? null : textValue(v))))).join("")
    );
  const cells = rows.map((row) => row.map(textValue));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    `${values.map((v, i) => v.padEnd(widths[i]!)).join(" │ ")}`.trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  return `${[line(columns), rule, ...cells.map(line)].join("\n")}\n(${rows.length} row${rows.length === 1 ? "" : "s"})\n`;
}
