import { type CsvError, type Info, parse } from "csv-parse";
import type { ImportInput } from "../input.js";
import type { ImportContext } from "./context.js";
import { baseName, decode, type TextEncoding } from "./text.js";

/** One row of a delimited file: its fields as text (never converted, so `NA` stays `NA`) and where it is. */
export interface CsvRow {
  readonly fields: readonly string[];
  /** The 1-based line where the row starts. */
  readonly line: number;
  /** The 1-based line where the row ends (later than `line` when a quoted field holds line breaks). */
  readonly endLine: number;
}

/** How a delimited file is written. */
export interface CsvFormat {
  /** The field delimiter: `,` (default) or a tab. */
  readonly delimiter?: "," | "\t";
  /**
   * Whether fields may be quoted with `"` (default `true`). GDELT and ICEWS files are not quoted:
   * a `"` there is text, as in `Workers' Party` or a quoted headline.
   */
  readonly quoted?: boolean;
  /** The file's text encoding (default UTF-8). */
  readonly encoding?: TextEncoding;
}

/**
 * Streams the rows of a CSV or TSV input with csv-parse, with line numbers. Rows of any width are
 * passed on (the caller checks widths); a malformed row (an unclosed quote, say) is reported with
 * its line and skipped, and parsing goes on. Values are never converted: no number parsing, no
 * `NA`-to-null.
 */
export async function* csvRows(
  input: ImportInput,
  context: ImportContext,
  format: CsvFormat = {},
): AsyncGenerator<CsvRow> {
  const file = baseName(input.name);
  const parser = parse({
    delimiter: format.delimiter ?? ",",
    quote: format.quoted === false ? false : '"',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined) => {
      context.warn(
        "malformed_csv_row",
        "warning",
        `malformed row (${error?.message ?? "unreadable"}); skipped`,
        { file, line: typeof error?.lines === "number" ? error.lines : undefined },
      );
      context.read();
      context.skipped("malformed_csv_row");
    },
  });
  const feed = (async () => {
    try {
      for await (const text of decode(input, format.encoding)) {
        if (!parser.write(text)) await new Promise((resolve) => parser.once("drain", resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let previous = { lines: 0, empty: 0 };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    // A row starts after the previous row's last line and any empty lines skipped since.
    const line = previous.lines + (info.empty_lines - previous.empty) + 1;
    previous = { lines: info.lines, empty: info.empty_lines };
    yield { fields: record, line, endLine: info.lines };
  }
  await feed;
}

/**
 * A header row as a lookup from column name to index; names are compared case-insensitively
 * and trimmed.
 */
export function headerIndex(fields: readonly string[]): ReadonlyMap<string, number> {
  return new Map(fields.map((name, index) => [name.trim().toLowerCase(), index]));
}
