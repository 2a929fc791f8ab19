import { DATASET_KEYS, DatasetSchema, type StatecraftRecord } from "@statecraft/core";
import { closest, distance } from "fastest-levenshtein";
import type { FileFormat } from "../options.js";
import type { RuleCode } from "../rule-codes.js";
import { RECORD_RULES } from "../rules/index.js";
import { escapePointerSegment, locateJson, parseJson } from "./json.js";
import { loneSurrogates, mayHoldLoneSurrogate } from "./lone-surrogate.js";
import { type RecordSummary, summarize } from "./record-summary.js";
import { checkStructure, type Finding } from "./structure.js";
import { LineIndex } from "./text.js";
import { loadYaml } from "./yaml-loader.js";
import type { YamlLocator } from "./yaml-locator.js";

export type { FileFormat };

/** Picks a file's format from its name, or `undefined` for other files. */
export function formatOf(name: string): FileFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

/** A located problem without its file and final severity (the caller adds both). */
export interface RawProblem {
  readonly code: RuleCode;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer: string;
  readonly recordId?: string;
}

/** Where a file check sends what it finds. */
export interface FileSink {
  problem(problem: RawProblem): void;
  record(summary: RecordSummary): void;
  /** Receives each valid record, as the schemas parsed it, in file order (only when collecting). */
  value?(record: StatecraftRecord): void;
}

const LIST_KEYS = Object.values(DATASET_KEYS) as string[];
const LIST_TYPE = Object.fromEntries(
  Object.entries(DATASET_KEYS).map(([type, key]) => [key, type]),
) as Record<string, string>;
const DATASET_FIELDS = Object.keys(DatasetSchema.shape);
const METADATA_SCHEMA = DatasetSchema.omit(
  Object.fromEntries(LIST_KEYS.map((k) => [k, true])) as { actors: true },
);

/** A record found in a document: its value and its JSON Pointer in the file. */
interface Placed {
  readonly value: unknown;
  readonly base: string;
  /** The type its dataset list requires, if it is in one. */
  readonly listType?: string;
}

function suggest(input: string, candidates: readonly string[]): string {
  const best = closest(input, candidates as string[]);
  const d = distance(input, best);
  return d <= Math.max(1, Math.floor(best.length * 0.4)) && d < input.length
    ? ` (did you mean "${best}"?)`
    : "";
}

const LAYOUTS =
  'a data file holds one record (an object with "type"), a list of records, or a dataset (an object with "actors", "meetings", "issues", "tariffs" or "sources" lists)';

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return 'an object without "type"';
  return `a ${typeof value}`;
}

/**
 * Splits a document into its records, reporting what is not in any layout (file-level findings).
 *
 * @param scan - Look for lone surrogates in a dataset's metadata (see {@link mayHoldLoneSurrogate}).
 */
function layout(value: unknown, file: Finding[], scan: boolean): Placed[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, base: `/${i}` }));
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (Object.hasOwn(object, "type")) return [{ value, base: "" }];
    const keys = Object.keys(object);
    if (keys.some((k) => LIST_KEYS.includes(k))) {
      const placed: Placed[] = [];
      const metadata: Record<string, unknown> = {};
      for (const key of keys) {
        if (!DATASET_FIELDS.includes(key)) {
          file.push({
            code: "unrecognized_keys",
            message: `unknown key ${JSON.stringify(key)} in a dataset${suggest(key, DATASET_FIELDS)}`,
            pointer: `/${escapePointerSegment(key)}`,
            key: true,
          });
        } else if (LIST_KEYS.includes(key)) {
          const list = object[key];
          if (!Array.isArray(list)) {
            file.push({
              code: "invalid_type",
              message: `"${key}" must be a list of records`,
              pointer: `/${key}`,
            });
            continue;
          }
          for (const [i, v] of list.entries())
            placed.push({ value: v, base: `/${key}/${i}`, listType: LIST_TYPE[key]! });
        } else metadata[key] = object[key];
      }
      if (scan) file.push(...loneSurrogates(metadata));
      const meta = METADATA_SCHEMA.safeParse(metadata);
      if (!meta.success) {
        for (const issue of meta.error.issues) {
          file.push({
            code: issue.code,
            message: issue.message.charAt(0).toLowerCase() + issue.message.slice(1),
            pointer: issue.path.map((s) => `/${escapePointerSegment(String(s))}`).join(""),
          });
        }
      }
      return placed;
    }
  }
  file.push({
    code: "not_a_dataset",
    message: `this is not Statecraft data: found ${describeValue(value)}, but ${LAYOUTS}`,
    pointer: "",
  });
  return [];
}

/**
 * Runs the schemas and the record rules on one record. `data` is the record as the schemas
 * parsed it, when it is valid.
 *
 * @param scan - Look for lone surrogates in every string and key, which the schemas cannot see:
 *   true when the record's text may hold one (see {@link mayHoldLoneSurrogate}). A record with
 *   one is not valid.
 */
export function checkRecord(
  value: unknown,
  listType: string | undefined,
  scan: boolean,
): { findings: Finding[]; valid: boolean; data?: StatecraftRecord } {
  const findings: Finding[] = scan ? loneSurrogates(value) : [];
  const wellFormed = findings.length === 0;
  const type = (value as { type?: unknown } | null)?.type;
  if (listType !== undefined && typeof type === "string" && type !== listType) {
    findings.push({
      code: "invalid_value",
      message: `a ${JSON.stringify(type)} record cannot be in the "${DATASET_KEYS[listType as "actor"]}" list`,
      pointer: "/type",
    });
  }
  const structural = checkStructure(value);
  if ("findings" in structural) {
    findings.push(...structural.findings);
    return { findings, valid: false };
  }
  const report = (code: RuleCode, message: string, pointer: string): void => {
    findings.push({ code, message, pointer });
  };
  for (const rule of RECORD_RULES) rule(value as StatecraftRecord, report);
  const valid = wellFormed && (listType === undefined || type === listType);
  return valid ? { findings, valid, data: structural.data } : { findings, valid };
}

function recordIdOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/** A document's records, checked: findings still to locate, and what to report per record. */
interface CheckedDocument {
  readonly records: number;
  readonly pending: readonly { finding: Finding; base: string; recordId: string | undefined }[];
  readonly summaries: readonly { value: unknown; valid: boolean; base: string }[];
  /** The valid records as the schemas parsed them, in file order, when collecting. */
  readonly values: readonly StatecraftRecord[];
}

/**
 * Splits a parsed document into records and runs the schemas and record rules on each.
 *
 * @param collect - Keep the valid records as parsed (for a sink that collects them).
 * @param scan - Look for lone surrogates (see {@link mayHoldLoneSurrogate}).
 */
function checkValue(value: unknown, collect: boolean, scan: boolean): CheckedDocument {
  const fileFindings: Finding[] = [];
  const placed = layout(value, fileFindings, scan);
  const pending: CheckedDocument["pending"][number][] = fileFindings.map((finding) => ({
    finding,
    base: "",
    recordId: undefined,
  }));
  const summaries: CheckedDocument["summaries"][number][] = [];
  const values: StatecraftRecord[] = [];
  for (const { value: record, base, listType } of placed) {
    const { findings, valid, data } = checkRecord(record, listType, scan);
    const recordId = recordIdOf(record);
    for (const finding of findings) pending.push({ finding, base, recordId });
    summaries.push({ value: record, valid, base });
    if (data && collect) values.push(data);
  }
  return { records: placed.length, pending, summaries, values };
}

/**
 * Reads a document, reporting what the reader finds; `undefined` when there is no value to
 * check. For YAML, also the locator of the one reading (yaml.ts), to locate problems.
 */
async function read(
  text: string,
  format: "yaml" | "json",
  sink: FileSink,
  lines: LineIndex,
): Promise<{ value: unknown; locator?: YamlLocator } | undefined> {
  if (format === "yaml") {
    const parsed = (await loadYaml()).readYaml(text);
    for (const p of parsed.problems)
      sink.problem({ code: p.code, message: p.message, pointer: "", ...lines.position(p.offset) });
    if (!("value" in parsed)) return undefined;
    if (parsed.empty) {
      sink.problem({
        code: "empty_file",
        message: "the file holds no data (only comments)",
        pointer: "",
        line: 1,
        column: 1,
      });
      return undefined;
    }
    return { value: parsed.value, locator: parsed.locator };
  }
  const parsed = parseJson(text);
  if (parsed.error) {
    sink.problem({
      code: "parse_error",
      message: parsed.error.message,
      pointer: "",
      ...lines.position(parsed.error.offset),
    });
    return undefined;
  }
  for (const d of parsed.duplicates) {
    sink.problem({
      code: "duplicate_key",
      message: `the key ${JSON.stringify(d.key)} appears twice in this object`,
      pointer: d.pointer,
      ...lines.position(d.offset),
    });
  }
  return { value: parsed.value };
}

/**
 * Checks one YAML or JSON document: read, layout, schemas and record rules. Problems are
 * located while the document read is at hand; it is dropped on return.
 *
 * A YAML document is read once, with the places of its nodes (yaml.ts): its problems are
 * located from that reading, never by reading it again.
 */
export async function checkDocument(
  text: string,
  format: "yaml" | "json",
  sink: FileSink,
): Promise<number> {
  const lines = new LineIndex(text);
  if (text.trim() === "") {
    sink.problem({
      code: "empty_file",
      message: "the file is empty",
      pointer: "",
      line: 1,
      column: 1,
    });
    return 0;
  }
  const collect = sink.value !== undefined;
  const scan = mayHoldLoneSurrogate(text);
  const parsed = await read(text, format, sink, lines);
  if (parsed === undefined) return 0;
  const { locator } = parsed;
  const checked = checkValue(parsed.value, collect, scan);
  const { pending, summaries, values } = checked;
  for (const data of values) sink.value?.(data);

  // Locate every finding (and every record's first line) from the document read.
  const locate = (pointer: string, key: boolean): { line: number; column: number } => {
    if (locator) {
      const at = locator.locate(pointer);
      return lines.position(key && at.keyOffset !== undefined ? at.keyOffset : at.offset);
    }
    const at = jsonLocations?.get(pointer);
    return lines.position(at ? (key && at.keyOffset !== undefined ? at.keyOffset : at.offset) : 0);
  };
  let jsonLocations: ReturnType<typeof locateJson> | undefined;
  if (!locator && pending.length > 0) {
    jsonLocations = locateJson(
      text,
      pending.map((p) => p.base + p.finding.pointer),
    );
  }
  for (const { finding, base, recordId } of pending) {
    const at = locate(base + finding.pointer, finding.key === true);
    sink.problem({
      code: finding.code,
      message: finding.message,
      pointer: recordId === undefined && base !== "" ? base + finding.pointer : finding.pointer,
      ...at,
      ...(recordId === undefined ? {} : { recordId }),
    });
  }
  // A YAML record's first line; for JSON 0, and problems the cross-record rules find later
  // are located by reading the document again.
  for (const { value: record, valid, base } of summaries) {
    const line = locator ? lines.position(locator.locate(base).offset).line : 0;
    const summary = summarize(record, valid, line, -1, base);
    if (summary) sink.record(summary);
  }
  return checked.records;
}

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
