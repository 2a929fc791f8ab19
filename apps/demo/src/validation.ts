/**
 * The one place the demo validates data: the user's files go through {@link validateFiles} (in
 * the dataset worker, see `dataset-worker.ts`), which runs `@statecraft/validate`'s browser entry
 * (structure and cross-record rules, every problem located by file, line and column) and, when it
 * finds no error, returns the records as the validator parsed them — the files are parsed once.
 */
import type { StatecraftRecord } from "@statecraft/core";
import {
  type Problem,
  RULES,
  RULES_DOC_URL,
  safeValidateTexts,
  type TextFile,
} from "@statecraft/validate";

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

/**
 * Validates data files (YAML, JSON or NDJSON: a dataset, a record, or a list of records) and, when
 * they are valid, returns their records as the validator read them.
 *
 * @param files - The files of one dataset, in the order given.
 * @returns The records (when valid) and every problem with file, line and column.
 */
export async function validateFiles(files: readonly InputFile[]): Promise<ValidationResult> {
  const result = await safeValidateTexts(files, { collect: true });
  return {
    records: result.valid ? result.records : [],
    problems: result.problems,
    omitted: result.omitted,
    valid: result.valid,
  };
}
