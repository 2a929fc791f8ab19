import { describe, expect, it } from "vitest";
import {
  formatGithub,
  formatJson,
  formatPretty,
  formatSarif,
  type RuleCode,
  safeValidateTexts,
  type ValidationResult,
} from "../src/index.js";

/** Characters no human-readable output may carry raw; line breaks between lines are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Text from hostile data, and how it must appear in human-readable output. */
const HOSTILE: [string, string, string][] = [
  ["a window title (OSC)", "\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07"],
  ["a clear screen (CSI)", "\u001b[2J", "\\x1b[2J"],
  ["a right-to-left override", "\u202e", "\\u202e"],
  ["a single-byte CSI (C1)", "\u009b", "\\x9b"],
  ["a line break that would start a line", "\r\n::warning::injected", "\\r\\n::warning::injected"],
];

/** A result with one problem whose every field from the data holds `bad`. */
function resultWith(bad: string): ValidationResult {
  return {
    valid: false,
    stats: { files: 1, records: 1, errors: 1, warnings: 0 },
    problems: [
      {
        code: `code${bad}` as RuleCode,
        severity: "error",
        message: `message${bad}`,
        file: `file${bad}.json`,
        line: 1,
        column: 2,
        pointer: `/pointer${bad}`,
        recordId: `id${bad}`,
      },
    ],
    // Two codes, so that the pretty format prints its counts per rule too.
    counts: { [`code${bad}`]: 1, invalid_type: 0 } as ValidationResult["counts"],
    omitted: 0,
  };
}

describe("human-readable output escapes control characters from the data", () => {
  describe.each(HOSTILE)("%s", (_, bad, escaped) => {
    const result = resultWith(bad);

    it("in the pretty format: file, message, code, record id and pointer", () => {
      const out = formatPretty(result);
      expect(out).not.toMatch(RAW);
      const width = Math.max(`code${escaped}`.length, "invalid_type".length);
      expect(out.split("\n")).toEqual([
        `file${escaped}.json`,
        `  1:2  error    message${escaped}  code${escaped} id${escaped}/pointer${escaped}`,
        "",
        "Problems by rule:",
        `  ${`code${escaped}`.padEnd(width)}        1`,
        `  ${"invalid_type".padEnd(width)}        0`,
        "",
        "✖ invalid: 1 error, 0 warnings in 1 record (1 file)",
        "",
      ]);
    });

    it("in the pretty format's quiet mode (the counts per rule)", () => {
      const out = formatPretty(result, { quiet: true });
      expect(out).not.toMatch(RAW);
      expect(out).toContain(`code${escaped}`);
    });

    it("in the GitHub format, before the workflow command's own escapes", () => {
      const out = formatGithub(result);
      expect(out).not.toMatch(RAW);
      const property = escaped.replaceAll(":", "%3A").replaceAll(",", "%2C");
      expect(out.split("\n")).toEqual([
        `::error file=file${property}.json,line=1,col=2,title=code${property}::message${escaped} [id${escaped}/pointer${escaped}]`,
        "invalid: 1 error, 0 warnings in 1 record (1 file)",
        "",
      ]);
    });
  });

  it("keeps the GitHub format's own escapes of %, : and , after its own", () => {
    const out = formatGithub(resultWith("\u001b%:,"));
    expect(out).toContain(
      "::error file=file\\x1b%25%3A%2C.json,line=1,col=2,title=code\\x1b%25%3A%2C::message\\x1b%25:, [id\\x1b%25:,/pointer\\x1b%25:,]",
    );
  });

  it("but not in JSON or SARIF, which keep the exact text (while pretty escapes it)", () => {
    const bad = "\u001b]0;pwned\u0007\u001b[2J\u202e\u009b";
    const result = resultWith(bad);
    expect(formatPretty(result)).toContain("message\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\x9b");
    const json = JSON.parse(formatJson(result)) as { problems: Record<string, unknown>[] };
    expect(json.problems[0]).toMatchObject({
      code: `code${bad}`,
      message: `message${bad}`,
      file: `file${bad}.json`,
      pointer: `/pointer${bad}`,
      recordId: `id${bad}`,
    });
    const sarif = JSON.parse(formatSarif(result)) as {
      runs: { results: { message: { text: string }; locations: unknown[] }[] }[];
    };
    const found = sarif.runs[0]!.results[0]!;
    expect(found.message.text).toBe(`message${bad}`);
    expect(found.locations[0]).toMatchObject({
      logicalLocations: [{ name: `id${bad}`, fullyQualifiedName: `id${bad}/pointer${bad}` }],
    });
  });

  it("for an id and an unknown key read from a file", async () => {
    const id = "x\u001b]0;pwned\u0007\u001b[2J\u202e\u009b";
    const text = JSON.stringify({
      type: "issue",
      id,
      name: "n",
      category: "other",
      "k\u009b\u202e": 1,
    });
    const result = await safeValidateTexts([{ name: "a.json", text }]);
    expect(result.problems.map((p) => p.recordId)).toEqual([id, id]);
    for (const out of [formatPretty(result), formatGithub(result)]) {
      expect(out).not.toMatch(RAW);
      expect(out).toContain("x\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\x9b");
      expect(out).toContain("k\\x9b\\u202e");
    }
  });
});
