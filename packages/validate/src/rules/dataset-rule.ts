import type { DecodedTarget } from "../internal/target-code.js";
import type { RuleCode } from "../rule-codes.js";
import type { DatasetFacts } from "./dataset-facts.js";

/** A problem found by a cross-record rule, located later (only if it is kept). */
export interface DatasetFinding {
  readonly code: RuleCode;
  readonly message: string;
  /** The record the problem is in: its `RecordFacts.number`. */
  readonly record: number;
  /** The JSON Pointer within the record, when the rule knows it. */
  readonly pointer?: string;
  /** Otherwise the `ReferenceFacts.ordinal` of the reference the problem is about. */
  readonly ordinal?: number;
  /** For a dangling reference: the id, and what it should name, to suggest a near id. */
  readonly suggest?: { readonly id: string; readonly target: DecodedTarget };
  /** For a duplicate id: the number of the first record with the id. */
  readonly duplicateOf?: number;
}

/**
 * A rule over the whole dataset, run after every file was read.
 *
 * @internal
 */
export type DatasetRule = (facts: DatasetFacts, report: (finding: DatasetFinding) => void) => void;
