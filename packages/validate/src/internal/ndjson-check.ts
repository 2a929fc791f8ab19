/**
 * Checking NDJSON: one record per line, each checked as it is read.
 *
 * @module
 */
import { checkRecord, type FileSink, recordIdOf } from "./file-check.js";
import { describeValue } from "./file-layout.js";
import { locateJson, parseJson } from "./json.js";
import { mayHoldLoneSurrogate } from "./lone-surrogate.js";
import { summarize } from "./record-summary.js";
import { LineIndex } from "./text.js";

/**
 * Checks one NDJSON line, already parsed by `JSON.parse` (or `undefined` with the error when it
 * failed). Only lines with problems are scanned again for positions.
 */
export function checkNdjsonRecord(
  text: string,
  value: unknown,
  lineNumber: number,
  byteOffset: number,
  sink: FileSink,
): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    sink.problem({
      code: "not_a_dataset",
      message: `an NDJSON line holds one record (an object with "type"), but this one holds ${describeValue(value)}`,
      pointer: "",
      line: lineNumber,
      column: 1,
    });
    return;
  }
  const { findings, valid, data } = checkRecord(value, undefined, mayHoldLoneSurrogate(text));
  if (data && sink.value) sink.value(data);
  if (findings.length > 0) {
    const recordId = recordIdOf(value);
    const lines = new LineIndex(text, lineNumber);
    const at = locateJson(
      text,
      findings.map((f) => f.pointer),
    );
    for (const finding of findings) {
      const loc = at.get(finding.pointer);
      const offset = loc
        ? finding.key && loc.keyOffset !== undefined
          ? loc.keyOffset
          : loc.offset
        : 0;
      sink.problem({
        code: finding.code,
        message: finding.message,
        pointer: finding.pointer,
        ...lines.position(offset),
        ...(recordId === undefined ? {} : { recordId }),
      });
    }
  }
  const summary = summarize(value, valid, lineNumber, byteOffset, "");
  if (summary) sink.record(summary);
}

/** Reports an NDJSON line `JSON.parse` refused, with the strict parser's message and column. */
export function ndjsonSyntaxError(text: string, lineNumber: number, sink: FileSink): void {
  const parsed = parseJson(text);
  const lines = new LineIndex(text, lineNumber);
  if (parsed.error) {
    sink.problem({
      code: "parse_error",
      message: parsed.error.message,
      pointer: "",
      ...lines.position(parsed.error.offset),
    });
  } else {
    sink.problem({
      code: "parse_error",
      message: "the line is not valid JSON",
      pointer: "",
      line: lineNumber,
      column: 1,
    });
  }
}

/** Checks a whole NDJSON text held in memory (the browser entry and small files). */
export function checkNdjsonText(text: string, sink: FileSink): number {
  let records = 0;
  let start = 0;
  let lineNumber = 0;
  const encoder = new TextEncoder();
  let byteOffset = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNumber++;
    let line = text.slice(start, end);
    const byteLength = encoder.encode(line).length + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() !== "") {
      records++;
      let value: unknown;
      let ok = true;
      try {
        value = JSON.parse(line);
      } catch {
        ok = false;
      }
      if (ok) checkNdjsonRecord(line, value, lineNumber, byteOffset, sink);
      else ndjsonSyntaxError(line, lineNumber, sink);
    }
    byteOffset += byteLength;
    start = end + 1;
  }
  if (records === 0)
    sink.problem({
      code: "empty_file",
      message: "the file is empty",
      pointer: "",
      line: 1,
      column: 1,
    });
  return records;
}
