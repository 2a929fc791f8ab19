/**
 * The one place the demo validates data: the bundled example and the user's files both go
 * through {@link validateFiles}, which runs `@statecraft/validate`'s browser entry (structure and
 * cross-record rules, every problem located by file, line and column).
 *
 * The validator reports problems, not records. Once it finds no error, the files are read into
 * records with core's `DatasetFileSchema` — which cannot fail on data the validator accepted.
 */
import {
  type DatasetFile,
  DatasetFileSchema,
  datasetRecords,
  type StatecraftRecord,
} from "@statecraft/core";
import {
  type Problem,
  RULES,
  RULES_DOC_URL,
  safeValidateTexts,
  type TextFile,
} from "@statecraft/validate";
import { parse as parseYaml } from "yaml";

export type { Problem } from "@statecraft/validate";

/** A file to validate: its name (which picks YAML, JSON or NDJSON by extension) and its text. */
export type InputFile = TextFile;

/** The records read from a set of files, and what is wrong with them. */
export interface ValidationResult {
  /** The records, when the files are valid; empty otherwise. */
  readonly records: readonly StatecraftRecord[];
  /** The problems, sorted by file, line and column (at most 1000 kept). */
  readonly problems: readonly Problem[];
  /** How many problems were found beyond those kept. */
  readonly omitted: number;
  /** `true` when there is no error (warnings allowed). */
  readonly valid: boolean;
}

/** What a problem's rule finds, in a few words, and where its documentation is. */
export function ruleHelp(code: Problem["code"]): { summary: string; url: string } {
  return { summary: RULES[code].summary, url: `${RULES_DOC_URL}#${code}` };
}

function recordsOf(file: DatasetFile): StatecraftRecord[] {
  if (Array.isArray(file)) return file;
  return "type" in file ? [file as StatecraftRecord] : datasetRecords(file);
}

function documentsOf(file: InputFile): unknown[] {
  const name = file.name.toLowerCase();
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
    return text.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [] : [JSON.parse(line)]));
  }
  const value: unknown = name.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  return value === null || value === undefined ? [] : [value];
}

/**
 * Validates data files (YAML, JSON or NDJSON: a dataset, a record, or a list of records) and, when
 * they are valid, reads their records.
 *
 * @param files - The files of one dataset, in the order given.
 * @returns The records (when valid) and every problem with file, line and column.
 */
export async function validateFiles(files: readonly InputFile[]): Promise<ValidationResult> {
  const result = await safeValidateTexts(files);
  if (!result.valid)
    return { records: [], problems: result.problems, omitted: result.omitted, valid: false };
  const records = files.flatMap((file) =>
    documentsOf(file).flatMap((document) => recordsOf(DatasetFileSchema.parse(document))),
  );
  return { records, problems: result.problems, omitted: result.omitted, valid: true };
}
