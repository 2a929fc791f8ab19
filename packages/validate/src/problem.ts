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
 * The outcome of validating a dataset: data, never an exception.
 *
 * `problems` holds at most `maxProblems` entries (sorted by file, line and column); `counts`
 * and `stats` count every problem found, so a capped report still says how many there were.
 */
export interface ValidationResult {
  /** `true` when no problem reaches the `failOn` severity (by default: no errors). */
  readonly valid: boolean;
  /** What was read and found. */
  readonly stats: ValidationStats;
  /** The problems kept, sorted by file, line, column. */
  readonly problems: readonly Problem[];
  /** How many problems each rule found, including those past the cap. */
  readonly counts: Readonly<Partial<Record<RuleCode, number>>>;
  /** How many problems were found but left out of `problems` by the cap. */
  readonly omitted: number;
  /**
   * With the `collect` option only: every record that passed the schemas, as parsed, in file
   * order. Records that failed them are left out, so use these only when `valid` is `true`.
   */
  readonly records?: readonly StatecraftRecord[];
}

/**
 * The outcome of validating files (`safeValidateFiles`, `validateFiles`): a
 * {@link ValidationResult} that also says which files were read.
 */
export interface FilesValidationResult extends ValidationResult {
  /**
   * The absolute, resolved paths (`realpath`: every symbolic link followed) of every data file
   * found and read, in the order of `problems`' files, without duplicates. Paths that could not
   * be read at all (reported as `io_error`) are not in it. Tools that write next to the data,
   * such as `statecraft export -o`, use it to refuse writing over an input.
   */
  readonly files: readonly string[];
}
