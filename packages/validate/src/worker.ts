/**
 * The worker thread that checks files in parallel: it receives a file, checks it and posts back
 * problems and record summaries in batches. Not a public entry point.
 *
 * @internal
 * @module
 */
import { parentPort, type TransferListItem } from "node:worker_threads";
import type { StatecraftRecord } from "@statecraft/core";
import type { RawProblem } from "./internal/file-check.js";
import { checkFile } from "./internal/node-files.js";
import type { RecordSummary } from "./internal/record-summary.js";
import { BATCH_SIZE, type WorkerJob, type WorkerMessage } from "./internal/worker-protocol.js";

let started = false;

/**
 * Starts answering jobs on this worker thread's parent port (once; later calls do nothing).
 *
 * @internal
 */
export function startWorker(): void {
  const port = parentPort;
  if (started || !port) return;
  started = true;
  port.on("message", async (job: WorkerJob) => {
    let problems: RawProblem[] = [];
    let records: RecordSummary[] = [];
    let problemsBefore: number[] = [];
    let values: StatecraftRecord[] = [];
    const post = (message: WorkerMessage, transfer?: TransferListItem[]): void =>
      port.postMessage(message, transfer);
    const flush = (): void => {
      if (problems.length === 0 && records.length === 0 && values.length === 0) return;
      post({ kind: "batch", index: job.index, problems, records, problemsBefore, values });
      problems = [];
      records = [];
      problemsBefore = [];
      values = [];
    };
    try {
      const checked = await checkFile(
        job.file,
        {
          problem(problem) {
            problems.push(problem);
            if (problems.length >= BATCH_SIZE) flush();
          },
          record(summary) {
            problemsBefore.push(problems.length);
            records.push(summary);
            if (records.length >= BATCH_SIZE) flush();
          },
          ...(job.collect
            ? {
                value(record: StatecraftRecord) {
                  values.push(record);
                  if (values.length >= BATCH_SIZE) flush();
                },
              }
            : {}),
        },
        (bytes) => post({ kind: "progress", bytes }),
        job.maxFileBytes !== undefined ? { maxFileBytes: job.maxFileBytes } : {},
      );
      flush();
      const kept = checked.kept;
      post(
        { kind: "done", index: job.index, records: checked.records, ...(kept ? { kept } : {}) },
        kept === undefined
          ? []
          : [kept.kind === "bytes" ? (kept.bytes.buffer as ArrayBuffer) : kept.handle],
      );
    } catch (error) {
      flush();
      post({
        kind: "failed",
        index: job.index,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
  // Loaded and listening: from here on, a failure is a failure on a file, not at start.
  port.postMessage({ kind: "ready" } satisfies WorkerMessage);
}

startWorker();
