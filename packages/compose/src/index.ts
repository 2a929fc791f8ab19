/**
 * Compose Statecraft datasets: merge datasets fed by several sources into one, reconciling the
 * actors they share (states by ISO 3166 code, anyone by a shared Wikidata id or identifier) and
 * the meetings that are the same event, with every disagreement reported; keep ids stable from
 * one merge to the next with an id map; and compare two versions of a dataset in the domain's
 * terms. Pure functions over records, with no `node:` imports: the `statecraft merge` and
 * `statecraft diff` commands read the files.
 *
 * @packageDocumentation
 */

export { actorKeys } from "./actor-keys.js";
export {
  type ChangeCounts,
  compareRecords,
  type DatasetDiff,
  type DiffOptions,
  diffDatasets,
  type FieldChange,
  type FieldChangeKind,
  type RecordChange,
  type RecordChangeKind,
} from "./diff-datasets.js";
export {
  DIFF_REPORT_VERSION,
  type DiffReport,
  type DiffSides,
  formatDiffMarkdown,
  formatDiffPretty,
  toDiffReport,
} from "./diff-format.js";
export {
  diffDatasetStreams,
  type RecordSource,
  type StreamedRecord,
} from "./diff-streams.js";
export {
  emptyIdMap,
  formatIdMap,
  type IdMap,
  IdMapSchema,
  resolveId,
  safeParseIdMap,
} from "./id-map.js";
export {
  type MergeInput,
  type MergeOptions,
  type MergeResult,
  type MergeStats,
  mergeDatasets,
} from "./merge-datasets.js";
export {
  MERGE_PROBLEM_CODES,
  type MergeProblem,
  type MergeProblemCode,
  type MergeValue,
} from "./merge-problem.js";
export { type ActorReconciliation, reconcileActors } from "./reconcile-actors.js";
