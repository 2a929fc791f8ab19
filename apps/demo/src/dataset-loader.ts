/**
 * Loading the user's files off the page: a dataset worker (see `dataset-worker.ts`) checks and
 * prepares them, and the page puts the prepared records together chunk by chunk, reporting
 * progress. A load can be cancelled: the worker is ended and nothing changes on the page.
 */
import type { WorkerReply, WorkerRequest } from "./dataset-protocol.js";
import type { ExportedFile } from "./export.js";
import { PreparedDataset } from "./prepared-dataset.js";
import type { Filters } from "./selection.js";
import type { Problem } from "./validation.js";

/** The report on a finished load. */
export interface LoadReport {
  readonly problems: readonly Problem[];
  readonly omitted: number;
  /** `true` when there is no error (warnings allowed). */
  readonly valid: boolean;
  /** How many records the files hold (0 when invalid). */
  readonly records: number;
}

/** How a load ended. */
export type LoadOutcome =
  | { readonly status: "loaded"; readonly dataset: PreparedDataset; readonly report: LoadReport }
  | { readonly status: "rejected"; readonly report: LoadReport }
  | { readonly status: "cancelled" };

/** A load under way. */
export interface LoadTask {
  readonly outcome: Promise<LoadOutcome>;
  /** Stops the load: the worker is ended and the outcome is `cancelled`. */
  cancel(): void;
}

/** Receives the progress of a load: what is being done, and how far (0–1). */
export type ProgressHandler = (step: string, fraction: number) => void;

/** A worker started ahead of need (see {@link warmUp}), taken by the next load. */
let spare: Worker | undefined;

function startWorker(): Worker {
  return new Worker(new URL("./dataset-worker.ts", import.meta.url), { type: "module" });
}

/**
 * Starts a dataset worker while the page is idle, so that the first load does not wait for
 * the worker's script to arrive.
 */
export function warmUp(): void {
  spare ??= startWorker();
}

/**
 * Checks and prepares files in a dataset worker.
 *
 * @example
 * ```ts
 * const task = loadFiles(files, (step, fraction) => console.log(step, fraction));
 * const outcome = await task.outcome;
 * ```
 */
export function loadFiles(
  files: readonly File[],
  onProgress: ProgressHandler,
  names: readonly string[] = files.map((file) => file.name),
): LoadTask {
  const worker = spare ?? startWorker();
  spare = undefined;
  let settle: (outcome: LoadOutcome) => void = () => {};
  const outcome = new Promise<LoadOutcome>((resolve, reject) => {
    const dataset = new PreparedDataset();
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
    worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.step, reply.fraction);
      else if (reply.type === "records") dataset.add(reply.chunk);
      else if (reply.type === "failed") {
        worker.terminate();
        reject(new Error(reply.message));
      } else if (reply.type === "done") {
        const { type: _type, ...report } = reply;
        settle(
          report.valid && report.records > 0
            ? { status: "loaded", dataset, report }
            : { status: "rejected", report },
        );
      }
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the dataset worker failed"));
    });
  });
  const request: WorkerRequest = { files, names };
  worker.postMessage(request);
  return { outcome, cancel: () => settle({ status: "cancelled" }) };
}

/** An export under way in a worker. */
export interface ExportTask {
  /** The file, or `undefined` when cancelled. */
  readonly file: Promise<ExportedFile | undefined>;
  cancel(): void;
}

/**
 * Exports the user's files as JSON-LD in a dataset worker — checked and prepared again there,
 * so the page neither holds a second copy nor blocks while a large dataset is written.
 *
 * @example
 * ```ts
 * const task = exportFiles(files, names, { actor: "wang-yi" }, "statecraft-dataset", () => {});
 * const file = await task.file;
 * ```
 */
export function exportFiles(
  files: readonly File[],
  names: readonly string[],
  filters: Filters,
  name: string,
  onProgress: ProgressHandler,
): ExportTask {
  const worker = startWorker();
  let settle: (file: ExportedFile | undefined) => void = () => {};
  const file = new Promise<ExportedFile | undefined>((resolve, reject) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
    worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.step, reply.fraction);
      else if (reply.type === "exported") settle(reply.file);
      else if (reply.type === "failed") {
        worker.terminate();
        reject(new Error(reply.message));
      } else if (reply.type === "done") {
        worker.terminate();
        reject(new Error("the files no longer load"));
      }
    });
  });
  const request: WorkerRequest = { files, names, export: { filters, name } };
  worker.postMessage(request);
  return { file, cancel: () => settle(undefined) };
}
