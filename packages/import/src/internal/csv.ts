import type { ImportInput } from "../input.js";
import type { ImportContext } from "./context.js";
import { baseName, decode, type TextEncoding } from "./text.js";

/** One row of a delimited file: its fields as text (never converted, so `NA` stays `NA`) and where it is. */
export interface CsvRow {
  /** The fields, as written (quotes removed, `""` read as `"`). */
  readonly fields: readonly string[];
  /** The 1-based line where the row starts. */
  readonly line: number;
  /** The 1-based line where the row ends (later than `line` when a quoted field holds line breaks). */
  readonly endLine: number;
}

/**
 * The most lines a row may span by default: a quoted field that holds line breaks (a multi-line
 * description) may run over at most this many lines, its opening line included. Real multi-line
 * fields are short (Annex 6.1 of the Phase One agreement: 3 lines at most); a quote that is never
 * closed would otherwise swallow the rest of the file.
 */
export const DEFAULT_MAX_ROW_LINES = 10;

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
  /**
   * The most lines one row may span through line breaks inside quoted fields, its first line
   * included (default {@link DEFAULT_MAX_ROW_LINES}; `1` allows no line break in a field). A
   * quote still open after this many lines, or at the end of the file, is reported as
   * `malformed_csv_row` at the line where it opened; that line is skipped and reading resumes on
   * the next one.
   */
  readonly maxRowLines?: number;
  /**
   * Whether the file starts with a header row: `true`, `false` (default), or a test of the first
   * row for files that may have one (GDELT). Used only to report a file with a header and no data
   * rows as `empty_input`; the header row is yielded like any other row.
   */
  readonly header?: boolean | ((fields: readonly string[]) => boolean);
}

/** One physical line of text: its content without the line break, the break, and its 1-based number. */
export interface CsvLine {
  /** The line's text, without its line break. */
  readonly text: string;
  /** The line break that ends it (`\n`, `\r\n` or `\r`), or `""` for the last line of a file without one. */
  readonly end: string;
  /** The 1-based line number. */
  readonly number: number;
}

/** What {@link RowAssembler} makes of the lines it is given: a row, or a quote that never closes. */
export type CsvEvent =
  | { readonly kind: "row"; readonly row: CsvRow }
  | {
      readonly kind: "unclosed_quote";
      /** The line where the row with the open quote starts. */
      readonly line: number;
      /** Whether the file ended with the quote open (else it ran over the line limit). */
      readonly atEnd: boolean;
    };

const BLANK = /^[ \t]*$/;

/**
 * Splits streamed text into physical lines at `\n`, `\r\n` or `\r`, numbering them from 1. A
 * `\r\n` split across two chunks is one line break.
 */
export class LineSplitter {
  #rest = "";
  #number = 0;

  /** Takes the next chunk of text; yields the lines it completes. */
  *write(chunk: string): Generator<CsvLine> {
    const text = this.#rest + chunk;
    const breaks = /\r\n|\n|\r/g;
    let start = 0;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      // A `\r` that ends the chunk may be the first half of `\r\n`: wait for the next chunk.
      if (match[0] === "\r" && match.index === text.length - 1) break;
      yield { text: text.slice(start, match.index), end: match[0], number: ++this.#number };
      start = match.index + match[0].length;
    }
    this.#rest = text.slice(start);
  }

  /** Ends the text; yields its last line when it does not end with a line break. */
  *end(): Generator<CsvLine> {
    const rest = this.#rest;
    this.#rest = "";
    if (rest === "") return;
    // The text ended with a `\r` held back in case a `\n` followed.
    const cr = rest.endsWith("\r");
    yield { text: cr ? rest.slice(0, -1) : rest, end: cr ? "\r" : "", number: ++this.#number };
  }
}

/**
 * Splits the text of one row into fields, the way csv-parse reads it with `relax_quotes`: a `"`
 * opens a quoted field only at the start of a field; inside one, `""` is a quote and a `"` not
 * followed by the delimiter or a line break is kept as text (with the opening quote).
 *
 * @returns The fields, and whether the text ends inside a quoted field (the row goes on on the next line).
 */
export function splitQuotedRow(
  text: string,
  delimiter: string,
): { fields: string[]; open: boolean } {
  if (!text.includes('"')) return { fields: text.split(delimiter), open: false };
  const fields: string[] = [];
  let field = "";
  let quoting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoting) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoting = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
          field = `"${field}"`;
        }
      }
    } else if (c === '"' && field === "") quoting = true;
    else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return { fields, open: quoting };
}

/**
 * Assembles physical lines into rows: a line is a row unless a quoted field runs on to the next
 * line. Empty and blank (spaces and tabs only) lines between rows are skipped. A row whose quote
 * is still open after `maxRowLines` lines, or at the end of the input, is given up: its first
 * line is reported and dropped, and the lines after it are read again as rows of their own, so
 * one stray quote costs one line.
 */
export class RowAssembler {
  readonly #delimiter: string;
  readonly #quoted: boolean;
  /** The most lines a row may span (see {@link CsvFormat.maxRowLines}). */
  readonly maxRowLines: number;
  #pending: CsvLine[] = [];

  /** @param format - The delimiter, whether fields are quoted, and the line limit of a row. */
  constructor(format: Pick<CsvFormat, "delimiter" | "quoted" | "maxRowLines"> = {}) {
    this.#delimiter = format.delimiter ?? ",";
    this.#quoted = format.quoted !== false;
    this.maxRowLines = Math.max(1, Math.floor(format.maxRowLines ?? DEFAULT_MAX_ROW_LINES));
  }

  /** Takes the next line; yields the rows (and given-up quotes) it completes. */
  *push(line: CsvLine): Generator<CsvEvent> {
    const first = this.#pending[0];
    if (!first) {
      if (BLANK.test(line.text)) return;
      if (!this.#quoted) {
        yield this.#row(line.text.split(this.#delimiter), line.number, line.number);
        return;
      }
      const { fields, open } = splitQuotedRow(line.text, this.#delimiter);
      if (!open) {
        yield this.#row(fields, line.number, line.number);
        return;
      }
      this.#pending.push(line);
    } else {
      this.#pending.push(line);
      const { fields, open } = splitQuotedRow(this.#joined(), this.#delimiter);
      if (!open) {
        this.#pending = [];
        yield this.#row(fields, first.number, line.number);
        return;
      }
    }
    if (this.#pending.length >= this.maxRowLines) yield* this.#giveUp(false);
  }

  /** Ends the input; yields what the lines still held make (a quote open at the end of the file). */
  *end(): Generator<CsvEvent> {
    while (this.#pending.length > 0) yield* this.#giveUp(true);
  }

  /** The pending lines as one text, the line breaks inside quoted fields kept as written. */
  #joined(): string {
    let text = this.#pending[0]!.text;
    for (let i = 1; i < this.#pending.length; i++) {
      text += this.#pending[i - 1]!.end + this.#pending[i]!.text;
    }
    return text;
  }

  *#giveUp(atEnd: boolean): Generator<CsvEvent> {
    const [first, ...rest] = this.#pending;
    this.#pending = [];
    yield { kind: "unclosed_quote", line: first!.number, atEnd };
    for (const line of rest) yield* this.push(line);
  }

  #row(fields: string[], line: number, endLine: number): CsvEvent {
    return { kind: "row", row: { fields, line, endLine } };
  }
}

/**
 * Streams the rows of a CSV or TSV input, with line numbers. Rows of any width are passed on
 * (the caller checks widths). A quote that does not close within `maxRowLines` lines or by the
 * end of the file is reported as `malformed_csv_row` at the line where it opened; that line is
 * skipped and reading goes on with the next line. A file with no rows (empty, or blank lines
 * only), or with only its header row, is reported as `empty_input`. Values are never converted:
 * no number parsing, no `NA`-to-null.
 */
export async function* csvRows(
  input: ImportInput,
  context: ImportContext,
  format: CsvFormat = {},
): AsyncGenerator<CsvRow> {
  const file = baseName(input.name);
  const assembler = new RowAssembler(format);
  const isHeader =
    typeof format.header === "function" ? format.header : () => format.header === true;
  let count = 0;
  let headerLine: number | undefined;
  const handle = (event: CsvEvent): CsvRow | undefined => {
    count++;
    if (event.kind === "row") {
      if (count === 1 && isHeader(event.row.fields)) headerLine = event.row.line;
      return event.row;
    }
    const message = event.atEnd
      ? "a quoted field opens on this line and does not close before the end of the file; the line is skipped and reading resumes on the next line"
      : `a quoted field opens on this line and does not close within ${assembler.maxRowLines} lines; the line is skipped and reading resumes on the next line`;
    context.warn(
      "malformed_csv_row",
      "warning",
      message,
      { file, line: event.line },
      `${file}\u0000${message}`,
    );
    context.read();
    context.skipped("malformed_csv_row");
    return undefined;
  };
  const splitter = new LineSplitter();
  function* rowsOf(lines: Iterable<CsvLine>, end = false): Generator<CsvRow> {
    for (const line of lines) {
      for (const event of assembler.push(line)) {
        const row = handle(event);
        if (row) yield row;
      }
    }
    if (!end) return;
    for (const event of assembler.end()) {
      const row = handle(event);
      if (row) yield row;
    }
  }
  for await (const chunk of decode(input, format.encoding)) yield* rowsOf(splitter.write(chunk));
  yield* rowsOf(splitter.end(), true);
  if (count === 0) {
    context.warn(
      "empty_input",
      "warning",
      "the file holds no rows (it is empty or blank); nothing imported from it",
      { file },
      file,
    );
  } else if (count === 1 && headerLine !== undefined) {
    context.warn(
      "empty_input",
      "warning",
      "the file holds a header row and no data rows; nothing imported from it",
      { file, line: headerLine },
      file,
    );
  }
}

/**
 * A header row as a lookup from column name to index; names are compared case-insensitively
 * and trimmed.
 */
export function headerIndex(fields: readonly string[]): ReadonlyMap<string, number> {
  return new Map(fields.map((name, index) => [name.trim().toLowerCase(), index]));
}
