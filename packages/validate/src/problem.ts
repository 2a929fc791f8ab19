import type { StatecraftRecord } from "@statecraft/core";
import type { RuleCode } from "./rule-codes.js";

/** How serious a problem is: an `error` makes the data invalid, a `warning` only reports. */
export type Severity = "error" | "warning";

/** A severity as set by configuration: a rule may also be turned `off`. */
export type SeverityOverride = Severity | "off";

/**
 * One thing wrong with a dataset, located in the file it came from.
 *
 * Lines and columns are 1-based (columns count UTF-16 code units, as editors do). `pointer` is an
 * RFC 6901 JSON Pointer into the record named by `recordId`, or into the file's document when the
 * problem is not about one record (a syntax error, an unknown top-level key).
 *
 * @example
 * ```ts
 * const problem: Problem = {
 *   code: "dangling_reference", severity: "error",
 *   message: 'no record with id "antony-blinkn" (did you mean "antony-blinken"?)',
 *   file: "meetings.yaml", line: 12, column: 17, pointer: "/participants/0/actor", recordId: "blinken-xi-2024",
 * };
 * ```
 */
export interface Problem {
  /** The stable code of the rule that found it; see `RULES`. */
  readonly code: RuleCode;
  /** `error` or `warning`, after any configured override. */
  readonly severity: Severity;
  /** What is wrong, in one sentence a maintainer can act on. */
  readonly message: string;
  /** The file, as given or found (relative to the working directory when found by a glob). */
  readonly file?: string;
  /** The 1-based line of the offending value. */
  readonly line?: number;
  /** The 1-based column of the offending value. */
  readonly column?: number;
  /** The JSON Pointer of the offending value within its record (or file, without `recordId`). */
  readonly pointer: string;
  /** The id of the record the problem is in, when it has one. */
  readonly recordId?: string;
}

/** Counts describing what was validated and what was found. */
export interface ValidationStats {
  /** Files read. */
  readonly files: number;
  /** Records found in them (valid or not). */
  readonly records: number;
  /** Problems with severity `error`, including those left out of `problems` by the cap. */
  readonly errors: number;
  /** Problems with severity `warning`, including those left out of `problems` by the cap. */
  readonly warnings: number;
}

/**
 * What every validation result reports, valid or not.
 *
 * `problems` holds at most `maxProblems` entries (sorted by file, line and column); `counts`
 * and `stats` count every problem found, so a capped report still says how many there were.
 */
export interface ValidationReport {
  /** What was read and found. */
  readonly stats: ValidationStats;
  /** The problems kept, sorted by file, line, column (a valid dataset may have warnings). */
  readonly problems: readonly Problem[];
  /** How many problems each rule found, including those past the cap. */
  readonly counts: Readonly<Partial<Record<RuleCode, number>>>;
  /** How many problems were found but left out of `problems` by the cap. */
  readonly omitted: number;
}

/** A dataset with no problem at the `failOn` severity (by default: no errors). */
export interface ValidResult extends ValidationReport {
  /** Always `true`. */
  readonly valid: true;
}

/** A dataset with a problem at the `failOn` severity. */
export interface InvalidResult extends ValidationReport {
  /** Always `false`. */
  readonly valid: false;
}

/**
 * The outcome of validating a dataset: data, never an exception. Narrow it on `valid`.
 *
 * @example
 * ```ts
 * const result = await safeValidateTexts(files);
 * if (!result.valid) for (const p of result.problems) console.error(p.message);
 * ```
 */
export type ValidationResult = ValidResult | InvalidResult;

/** A valid dataset with its records, as parsed, in file order (with the `collect` option). */
export interface ValidDataset extends ValidResult {
  /** Every record, as parsed by the schemas, in file order. */
  readonly records: readonly StatecraftRecord[];
}

/**
 * The outcome of validating with the `collect` option: the records come only with a valid
 * result, so they can never be used by mistake when the data is invalid.
 *
 * @example
 * ```ts
 * const result = await safeValidateTexts(files, { collect: true });
 * if (result.valid) for (const record of result.records) console.log(record.id);
 * ```
 */
export type CollectedResult = ValidDataset | InvalidResult;

/** What validating files adds to a result: which files were read. */
export interface FilesRead {
  /**
   * The absolute, resolved paths (`realpath`: every symbolic link followed) of every data file
   * found and read, in the order of `problems`' files, without duplicates. Paths that could not
   * be read at all (reported as `io_error`) are not in it. Tools that write next to the data,
   * such as `statecraft export -o`, use it to refuse writing over an input.
   */
  readonly files: readonly string[];
}

/** The outcome of validating files (`safeValidateFiles`, `validateFiles`). */
export type FilesValidationResult = ValidationResult & FilesRead;

/** The outcome of validating files with the `collect` option. */
export type CollectedFilesResult = CollectedResult & FilesRead;
