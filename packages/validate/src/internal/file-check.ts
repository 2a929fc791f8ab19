/**
 * Checking one data document (YAML or JSON): read it once, find its records by their layout,
 * check each record's structure and record rules, and hand the findings to the engine.
 *
 * @module
 */
import { DATASET_KEYS, type StatecraftRecord } from "@statecraft/core";
import type { FileFormat } from "../options.js";
import type { RuleCode } from "../rule-codes.js";
import { RECORD_RULES } from "../rules/index.js";
import { layout } from "./file-layout.js";
import { locateJson, parseJson } from "./json.js";
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

export function recordIdOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/** A document's records, checked: findings still to locate, and what to report per record. */
export interface CheckedDocument {
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
 * @param datasetObject - Take a plain object without `type` as a dataset (see `layout`).
 */
export function checkValue(
  value: unknown,
  collect: boolean,
  scan: boolean,
  datasetObject = false,
): CheckedDocument {
  const fileFindings: Finding[] = [];
  const placed = layout(value, fileFindings, scan, datasetObject);
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
