import { describe, expect, it } from "vitest";
import { formatReport, type ImportReport } from "../src/index.js";

/** Characters the report text may not carry raw; line breaks between its lines are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Text from a hostile source file, and how the report must show it. */
const HOSTILE: [string, string, string][] = [
  ["a window title (OSC)", "\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07"],
  ["a clear screen (CSI)", "\u001b[2J", "\\x1b[2J"],
  ["a right-to-left override", "\u202e", "\\u202e"],
  ["a single-byte CSI (C1)", "\u009b", "\\x9b"],
  ["a line break that would add a line", "\nfake: 0 rows", "\\nfake: 0 rows"],
];

/** A finished report whose file name, reasons, row id, code and message all hold `bad`. */
function reportWith(bad: string): ImportReport {
  return {
    source: "hsg-travels",
    files: [`trips${bad}.xml`],
    rows: 3,
    imported: 1,
    merged: 1,
    skipped: 1,
    mergedBy: { [`dup${bad}`]: 1 },
    skippedBy: { [`skip${bad}`]: 1 },
    records: { actor: 0, meeting: 1, issue: 0, tariff: 0, source: 0 },
    warnings: [
      {
        code: `code${bad}`,
        severity: "warning",
        message: `message${bad}`,
        file: `trips${bad}.xml`,
        line: 4,
        row: `row${bad}`,
        count: 2,
      },
    ],
    done: true,
  };
}

describe("formatReport", () => {
  it.each(HOSTILE)(
    "escapes %s in file names, reasons, row ids, codes and messages",
    (_, bad, escaped) => {
      const text = formatReport(reportWith(bad));
      expect(text).not.toMatch(RAW);
      expect(text.split("\n")).toEqual([
        "hsg-travels: 3 rows read from 1 file: 1 imported, 1 merged, 1 skipped",
        `  merged: dup${escaped} 1`,
        `  skipped: skip${escaped} 1`,
        "  records: meeting 1",
        `  warning code${escaped} (2 rows; first at trips${escaped}.xml, line 4, row row${escaped}): message${escaped}`,
      ]);
    },
  );
});
