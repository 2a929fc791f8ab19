import { describe, expect, it } from "vitest";
import { inputFromText } from "../input.js";
import { ImportContext } from "./context.js";
import {
  type CsvEvent,
  type CsvFormat,
  csvRows,
  DEFAULT_MAX_ROW_LINES,
  LineSplitter,
  RowAssembler,
  splitQuotedRow,
} from "./csv.js";

/** Runs text through the splitter and the assembler in chunks of `size` characters (0: one chunk). */
function events(text: string, format: CsvFormat = {}, size = 0): CsvEvent[] {
  const splitter = new LineSplitter();
  const assembler = new RowAssembler(format);
  const out: CsvEvent[] = [];
  const step = size || text.length || 1;
  for (let i = 0; i < text.length; i += step) {
    for (const line of splitter.write(text.slice(i, i + step))) out.push(...assembler.push(line));
  }
  for (const line of splitter.end()) out.push(...assembler.push(line));
  out.push(...assembler.end());
  return out;
}

/** Events as compact tuples: `[line, endLine, ...fields]` for a row, `["unclosed", line, atEnd]` for a quote given up. */
function compact(list: readonly CsvEvent[]): unknown[] {
  return list.map((e) =>
    e.kind === "row"
      ? [e.row.line, e.row.endLine, ...e.row.fields]
      : ["unclosed", e.line, e.atEnd ? "at end" : "over limit"],
  );
}

/** Reads text with csvRows and returns the rows and the report. */
async function read(text: string | Uint8Array, format: CsvFormat = {}) {
  const context = new ImportContext("test", "test");
  const rows = [];
  for await (const row of csvRows(inputFromText("data/test.csv", text), context, format)) {
    rows.push(row);
  }
  return { rows, report: context.report };
}

describe("splitQuotedRow", () => {
  const cases: [text: string, fields: string[], open: boolean][] = [
    ["a,b,c", ["a", "b", "c"], false],
    ["", [""], false],
    ['"a,b",c', ["a,b", "c"], false],
    ['"say ""hi""",x', ['say "hi"', "x"], false],
    ['"",x', ["", "x"], false],
    // A quote inside an unquoted field is text.
    ['5" pipe,x', ['5" pipe', "x"], false],
    // A closing quote followed by text: kept, with the opening quote (csv-parse's relax_quotes).
    ['"a"b,c', ['"a"b', "c"], false],
    ['"a\nb",c', ["a\nb", "c"], false],
    ['"a\r\nb",c', ["a\r\nb", "c"], false],
    ['x,"open', ["x", "open"], true],
    ['x,"ends with an escaped quote""', ["x", 'ends with an escaped quote"'], true],
  ];
  it.each(cases)("splits %j", (text, fields, open) => {
    expect(splitQuotedRow(text, ",")).toEqual({ fields, open });
  });
});

describe("LineSplitter and RowAssembler", () => {
  const cases: {
    name: string;
    text: string;
    format?: CsvFormat;
    want: unknown[];
  }[] = [
    {
      name: "one row per line, blank lines skipped, line numbers kept",
      text: "h1,h2\n\na,b\n  \t \nc,d",
      want: [
        [1, 1, "h1", "h2"],
        [3, 3, "a", "b"],
        [5, 5, "c", "d"],
      ],
    },
    {
      name: "CRLF and lone CR line breaks",
      text: "a,b\r\nc,d\re,f\r",
      want: [
        [1, 1, "a", "b"],
        [2, 2, "c", "d"],
        [3, 3, "e", "f"],
      ],
    },
    {
      name: "a quoted field over three lines, its line breaks kept as written",
      text: 'h\n"one\r\ntwo\nthree",x\nnext,row\n',
      want: [
        [1, 1, "h"],
        [2, 4, "one\r\ntwo\nthree", "x"],
        [5, 5, "next", "row"],
      ],
    },
    {
      name: "a blank line inside a quoted field is part of it",
      text: '"a\n\nb"\nc\n',
      want: [
        [1, 3, "a\n\nb"],
        [4, 4, "c"],
      ],
    },
    {
      name: "a quote never closed: its line is given up at the end, the lines after it are rows",
      text: 'h\na,"broken\nb,1\nc,2\n',
      want: [
        [1, 1, "h"],
        ["unclosed", 2, "at end"],
        [3, 3, "b", "1"],
        [4, 4, "c", "2"],
      ],
    },
    {
      name: "a quote open over the line limit: given up at its line, reading resumes on the next",
      text: 'a,"broken\nb\nc\nd\ne,"ok\nstill"\n',
      format: { maxRowLines: 3 },
      want: [
        ["unclosed", 1, "over limit"],
        [2, 2, "b"],
        [3, 3, "c"],
        [4, 4, "d"],
        [5, 6, "e", "ok\nstill"],
      ],
    },
    {
      name: "a field of exactly the line limit is read",
      text: '"1\n2\n3"\nx\n',
      format: { maxRowLines: 3 },
      want: [
        [1, 3, "1\n2\n3"],
        [4, 4, "x"],
      ],
    },
    {
      name: "maxRowLines 1: no line break in a field",
      text: '"1\n2"\nx\n',
      format: { maxRowLines: 1 },
      // The `"` of line 2 does not start its field: text.
      want: [
        ["unclosed", 1, "over limit"],
        [2, 2, '2"'],
        [3, 3, "x"],
      ],
    },
    {
      name: "two stray quotes, each given up where it opened",
      text: 'a,"x\nb\nc,"y\nd\n',
      format: { maxRowLines: 2 },
      want: [
        ["unclosed", 1, "over limit"],
        [2, 2, "b"],
        ["unclosed", 3, "over limit"],
        [4, 4, "d"],
      ],
    },
    {
      name: "unquoted TSV: a quote is text",
      text: 'a\t"b\tc\nd\te\n',
      format: { delimiter: "\t", quoted: false },
      want: [
        [1, 1, "a", '"b', "c"],
        [2, 2, "d", "e"],
      ],
    },
    { name: "no text", text: "", want: [] },
    { name: "blank lines only", text: "\n \r\n\t\n", want: [] },
  ];
  it.each(cases)("$name", ({ text, format, want }) => {
    expect(compact(events(text, format))).toEqual(want);
  });
  it.each(cases)("$name, read in chunks of 1, 2 and 5 characters", ({ text, format, want }) => {
    for (const size of [1, 2, 5]) expect(compact(events(text, format, size))).toEqual(want);
  });

  it("gives rows up to the default limit of lines", () => {
    const field = Array.from({ length: DEFAULT_MAX_ROW_LINES }, (_, i) => `l${i}`).join("\n");
    expect(compact(events(`"${field}"\nx\n`))).toEqual([
      [1, DEFAULT_MAX_ROW_LINES, field],
      [DEFAULT_MAX_ROW_LINES + 1, DEFAULT_MAX_ROW_LINES + 1, "x"],
    ]);
  });
});

describe("csvRows", () => {
  it("reports a quote never closed at its opening line, and reads the rows after it", async () => {
    const { rows, report } = await read('h\na,1\nb,"2\nc,3\nd,4\n');
    expect(rows.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, "h"],
      [2, "a"],
      [4, "c"],
      [5, "d"],
    ]);
    expect(report.warnings).toEqual([
      {
        code: "malformed_csv_row",
        severity: "warning",
        message:
          "a quoted field opens on this line and does not close before the end of the file; the line is skipped and reading resumes on the next line",
        file: "test.csv",
        line: 3,
        count: 1,
      },
    ]);
    expect(report).toMatchObject({ rows: 1, skipped: 1, skippedBy: { malformed_csv_row: 1 } });
  });

  it("reports a quote open over the line limit, with the limit", async () => {
    const { report } = await read('a,"x\nb\nc\n', { maxRowLines: 2 });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: "malformed_csv_row",
        line: 1,
        message: expect.stringContaining("does not close within 2 lines"),
      }),
    ]);
  });

  it("decodes Windows-1252 and keeps a CRLF inside a quoted field", async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('"d"\r\n"2.2', "latin1"),
      0xa2,
      ...Buffer.from('/kg\r\nor free"\r\nx\r\n', "latin1"),
    ]);
    const { rows } = await read(bytes, { encoding: "windows-1252" });
    expect(rows).toEqual([
      { fields: ["d"], line: 1, endLine: 1 },
      { fields: ["2.2¢/kg\r\nor free"], line: 2, endLine: 3 },
      { fields: ["x"], line: 4, endLine: 4 },
    ]);
  });

  const empty: {
    name: string;
    text: string;
    header?: CsvFormat["header"];
    want: { message: string; line?: number } | undefined;
  }[] = [
    {
      name: "0 bytes",
      text: "",
      want: { message: "the file holds no rows (it is empty or blank); nothing imported from it" },
    },
    {
      name: "whitespace only",
      text: " \n\t\r\n",
      want: { message: "the file holds no rows (it is empty or blank); nothing imported from it" },
    },
    {
      name: "a header and no data rows",
      text: "a,b\n\n",
      header: true,
      want: {
        message: "the file holds a header row and no data rows; nothing imported from it",
        line: 1,
      },
    },
    {
      name: "a header row the test recognises",
      text: "\nid,b\n",
      header: (fields) => fields[0] === "id",
      want: {
        message: "the file holds a header row and no data rows; nothing imported from it",
        line: 2,
      },
    },
    { name: "one row of a file without a header", text: "a,b\n", want: undefined },
    {
      name: "one row the header test does not recognise",
      text: "1,b\n",
      header: (fields) => fields[0] === "id",
      want: undefined,
    },
    { name: "a header and a data row", text: "a,b\n1,2\n", header: true, want: undefined },
    {
      name: "a header and a malformed row (reported as such)",
      text: 'a,b\n1,"2\n',
      header: true,
      want: undefined,
    },
  ];
  it.each(empty)("empty_input: $name", async ({ text, header, want }) => {
    const { report } = await read(text, header === undefined ? {} : { header });
    const found = report.warnings.filter((w) => w.code === "empty_input");
    expect(found).toEqual(
      want
        ? [
            {
              code: "empty_input",
              severity: "warning",
              file: "test.csv",
              count: 1,
              ...want,
            },
          ]
        : [],
    );
  });
});
