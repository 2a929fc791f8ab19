import type { Severity, SeverityOverride } from "./problem.js";
import type { RuleCode } from "./rule-codes.js";

/** Options every validation entry point shares: rule severities, the problem cap, the failing severity. */
export interface ValidateOptions {
  /** Per-rule severity overrides: `{ orphaned_source: "off", planned_before_source: "error" }`. */
  readonly rules?: Readonly<Partial<Record<RuleCode, SeverityOverride>>>;
  /** How many problems to keep in the result (all are counted); default 1000, `Infinity` for all. */
  readonly maxProblems?: number;
  /** The severity that makes the result invalid: `error` (default) or `warning`. */
  readonly failOn?: Severity;
  /**
   * Also return the records, as parsed, in `result.records` (in file order, then record order
   * within each file) when the result is valid — a `ValidDataset`; an invalid result has no
   * records. For tools that go on to use the data, such as `statecraft export`. Default `false`.
   * Collecting holds every record in memory, so it undoes the flat memory of streamed NDJSON.
   */
  readonly collect?: boolean;
}

/** The formats a data file can be in: YAML (`.yaml`, `.yml`), JSON (`.json`) or NDJSON (`.ndjson`, `.jsonl`). */
export type FileFormat = "yaml" | "json" | "ndjson";
