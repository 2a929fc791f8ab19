import { printable, type RecordType } from "@statecraft/core";

/** How serious a reported problem is: `warning` for data that was changed, guessed or dropped; `info` for a deliberate, lossless mapping worth knowing. */
export type ImportSeverity = "warning" | "info";

/**
 * A problem found in the source data and how the importer handled it.
 *
 * Identical problems (same `code`, same `key`) are reported once, with `count` and the first row.
 */
export interface ImportWarning {
  /** A stable `snake_case` code, e.g. `duplicate_trip`, `country_slug_typo`. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: ImportSeverity;
  /** What was found and what the importer did, in words. */
  readonly message: string;
  /** The file of the first occurrence. */
  readonly file: string;
  /** The 1-based line of the first occurrence, when known. */
  readonly line?: number;
  /** The source's own id of the row (trip id, event id, HS code...) of the first occurrence, when it has one. */
  readonly row?: string;
  /** How many rows had this problem. */
  readonly count: number;
}

/**
 * What an import did: rows read, imported, merged and skipped (with reasons), records written
 * per type, and the warnings.
 *
 * `rows = imported + merged + skipped` always holds once the import has finished.
 */
export interface ImportReport {
  /** The importer's name, e.g. `hsg-travels`. */
  readonly source: string;
  /** The files read. */
  readonly files: string[];
  /** Source rows (trips, visits, events, tariff lines, persons...) read. */
  rows: number;
  /** Rows that became records. */
  imported: number;
  /** Rows folded into a record made from another row (duplicates, the other half of a directed event pair...). */
  merged: number;
  /** Rows deliberately not imported. */
  skipped: number;
  /** Merged rows per reason, e.g. `{ duplicate_trip: 4 }`. */
  readonly mergedBy: Record<string, number>;
  /** Skipped rows per reason, e.g. `{ not_a_consultation: 163 }`. */
  readonly skippedBy: Record<string, number>;
  /** Records emitted, per record type. */
  readonly records: Record<RecordType, number>;
  /** Problems found, with what was done about them. */
  readonly warnings: ImportWarning[];
  /** Whether the import has finished (the record stream was read to its end). */
  done: boolean;
}

/**
 * Formats a report as a few lines of text, the way the `statecraft import` command prints it.
 *
 * Every name and message taken from the data (files, row ids, codes, reasons, messages) is
 * printed through `printable` of `@statecraft/core`: control characters, line separators and
 * bidirectional controls appear as escapes such as `\x1b` and `\u202e`, so that a source file
 * cannot drive the terminal or add lines to the report.
 *
 * @param report - A finished (or running) import report.
 * @returns Plain text, one fact per line, warnings last.
 * @example
 * ```ts
 * const run = hsgTravels.import(inputs);
 * for await (const record of run) console.log(record.id);
 * console.log(formatReport(run.report));
 * // hsg-travels: 157 rows read from 1 file: 157 imported, 0 merged, 0 skipped
 * ```
 */
export function formatReport(report: ImportReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `${printable(report.source)}: ${plural(report.rows, "row")} read from ${plural(report.files.length, "file")}: ${report.imported} imported, ${report.merged} merged, ${report.skipped} skipped`,
  ];
  const reasons = (by: Record<string, number>) =>
    Object.entries(by)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reason, n]) => `${printable(reason)} ${n}`)
      .join(", ");
  if (report.merged > 0) lines.push(`  merged: ${reasons(report.mergedBy)}`);
  if (report.skipped > 0) lines.push(`  skipped: ${reasons(report.skippedBy)}`);
  const records = Object.entries(report.records)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${printable(type)} ${n}`)
    .join(", ");
  lines.push(`  records: ${records || "none"}`);
  for (const w of report.warnings) {
    const where = [
      printable(w.file),
      w.line === undefined ? undefined : `line ${w.line}`,
      w.row === undefined ? undefined : `row ${printable(w.row)}`,
    ]
      .filter((part) => part !== undefined)
      .join(", ");
    lines.push(
      `  ${w.severity} ${printable(w.code)} (${plural(w.count, "row")}; first at ${where}): ${printable(w.message)}`,
    );
  }
  return lines.join("\n");
}
