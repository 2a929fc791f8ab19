import type { RecordTable } from "../internal/record-table.js";
import type { RuleCode } from "../rules.js";

/** A problem found by a cross-record rule, located later (only if it is kept). */
export interface DatasetFinding {
  readonly code: RuleCode;
  readonly message: string;
  /** The record number in the table. */
  readonly record: number;
  /** The JSON Pointer within the record, when the rule knows it. */
  readonly pointer?: string;
  /** Otherwise the ordinal of the reference (among `recordReferences`) the problem is about. */
  readonly ordinal?: number;
  /** For a dangling reference: the id and target code to suggest a near id for. */
  readonly suggest?: { readonly id: string; readonly target: number };
  /** For a duplicate id: the record number of the first record with the id. */
  readonly duplicateOf?: number;
}

/**
 * A rule over the whole dataset, run after every file was read.
 *
 * @internal
 */
export type DatasetRule = (table: RecordTable, report: (finding: DatasetFinding) => void) => void;
