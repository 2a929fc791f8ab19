import type { StatecraftRecord } from "@statecraft/core";
import type { RawProblem } from "./file-check.js";
import type { FoundFile, KeptFile } from "./node-files.js";
import type { RecordSummary } from "./record-summary.js";

/** A job for a worker: check one file. */
export interface WorkerJob {
  readonly index: number;
  readonly file: FoundFile;
  /** Send back the valid records too (the `collect` option). */
  readonly collect: boolean;
  /** The read limit (the `maxFileBytes` option), when set. */
  readonly maxFileBytes?: number;
}

/**
 * What a worker sends back: `ready` once it has loaded (before that, a failure means it cannot
 * start), then for each file findings in batches and `done` with the record count.
 */
export type WorkerMessage =
  | { readonly kind: "ready" }
  | {
      readonly kind: "batch";
      readonly index: number;
      readonly problems: RawProblem[];
      readonly records: RecordSummary[];
      /**
       * For each record, how many of the batch's problems were found before it: the engine is
       * fed both in the order they were found, as on one thread (a record can add a
       * `duplicate_id` problem, which changes which problems a cap keeps).
       */
      readonly problemsBefore: number[];
      /** Valid records as parsed, when the job asked to collect them. */
      readonly values: StatecraftRecord[];
    }
  | { readonly kind: "progress"; readonly bytes: number }
  | {
      readonly kind: "done";
      readonly index: number;
      readonly records: number;
      /** What the check kept of the file to locate problems (transferred, not copied). */
      readonly kept?: KeptFile;
    }
  | { readonly kind: "failed"; readonly index: number; readonly message: string };

/** How many summaries a worker buffers before posting them. */
export const BATCH_SIZE = 5000;
