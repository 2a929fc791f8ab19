/** The codes of the problems {@link mergeDatasets} reports. */
export const MERGE_PROBLEM_CODES = [
  "id_conflict",
  "id_map_dangling",
  "disagreement",
  "possible_duplicate",
] as const;

/**
 * One of {@link MERGE_PROBLEM_CODES}:
 * - `id_conflict` (error): two inputs use one id for different things (a person and a state,
 *   two states with different ISO codes, two actors with different Wikidata ids).
 * - `id_map_dangling` (error): an id map entry names ids that no input has.
 * - `disagreement` (warning): two records of the same thing give a field different values; the
 *   merged record keeps the value of the input given first.
 * - `possible_duplicate` (warning): two persons or organisations share a name and an office but
 *   no identifier, so they were not merged.
 */
export type MergeProblemCode = (typeof MERGE_PROBLEM_CODES)[number];

/** Where a value in a {@link MergeProblem} comes from. */
export interface MergeValue {
  /** The input's name, e.g. its folder-qualified path. */
  readonly input: string;
  /** The record's id in that input. */
  readonly id: string;
  /** The value the input gives (absent when the problem is about a whole record). */
  readonly value?: unknown;
  /** The source ids the record cites. */
  readonly sources: readonly string[];
}

/** A problem found while merging: an error stops the merge from being written, a warning does not. */
export interface MergeProblem {
  /** What kind of problem. */
  readonly code: MergeProblemCode;
  /** `error` when the inputs cannot be merged, else `warning`. */
  readonly severity: "error" | "warning";
  /** The problem in one sentence, naming both values and both inputs. */
  readonly message: string;
  /** The id of the merged record concerned, when there is one. */
  readonly id?: string;
  /** The JSON Pointer of the field concerned, e.g. `/date`. */
  readonly field?: string;
  /** The values and where each comes from: one per input involved. */
  readonly values: readonly MergeValue[];
}
