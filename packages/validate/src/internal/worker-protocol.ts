import type { RawProblem } from "./file-check.js";
import type { FoundFile } from "./node-files.js";
import type { RecordSummary } from "./summary.js";

/** A job for a worker: check one file. */
export interface WorkerJob {
  readonly index: number;
  readonly file: FoundFile;
}

/** What a worker sends back: findings in batches, then `done` with the record count. */
export type WorkerMessage =
  | { readonly kind: "batch"; readonly index: number; readonly problems: RawProblem[]; readonly records: RecordSummary[] }
  | { readonly kind: "progress"; readonly bytes: number }
  | { readonly kind: "done"; readonly index: number; readonly records: number }
  | { readonly kind: "failed"; readonly index: number; readonly message: string };

/** How many summaries a worker buffers before posting them. */
export const BATCH_SIZE = 5000;
