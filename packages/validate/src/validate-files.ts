import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { StatecraftRecord } from "@statecraft/core";
import { Engine } from "./internal/engine.js";
import type { RawProblem } from "./internal/file-check.js";
import {
  checkFile,
  discoverFiles,
  type FoundFile,
  type KeptFile,
  loadRecords,
  releaseKept,
} from "./internal/node-files.js";
import type { RecordSummary } from "./internal/record-summary.js";
import type { WorkerJob, WorkerMessage } from "./internal/worker-protocol.js";
import type { ValidateOptions } from "./options.js";
import type { FilesValidationResult } from "./problem.js";
import { ValidationError } from "./validation-error.js";

/** How far a validation run has got, for progress bars. */
export interface ValidationProgress {
  /** Bytes read so far. */
  readonly bytes: number;
  /** Bytes in all files found. */
  readonly totalBytes: number;
  /** Files finished. */
  readonly files: number;
  /** Files found. */
  readonly totalFiles: number;
}

/** Options for {@link safeValidateFiles}. */
export interface ValidateFilesOptions extends ValidateOptions {
  /** The directory relative paths and globs are resolved against, and file names shown from; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * How many worker threads check files in parallel. `0` or `1` checks them on this thread.
   * By default, workers are used for two or more files totalling 1 MB or more on a machine with
   * three or more cores, one per core but one (this thread gathers what they find).
   */
  readonly workers?: number;
  /** Called as files are read (at most every few milliseconds' worth of data). */
  readonly onProgress?: (progress: ValidationProgress) => void;
  /**
   * Descend into symbolic links to folders when walking a folder. Default `false`: only the
   * folders really below it are walked (a link to a regular file is always followed). Even when
   * following, no folder is walked twice (folders are told apart by device and inode), so a link
   * loop ends. Globs follow links to folders only with this option too.
   */
  readonly followSymlinks?: boolean;
  /**
   * The most bytes read from one file; a bigger file is an `io_error` for that file, naming the
   * limit. Default 256 MiB for YAML and JSON files, which are read whole into memory (V8 cannot
   * hold a string much over 512 MiB anyway), and 16 GiB for NDJSON files, which are streamed
   * line by line. When set, it applies to every file. The size is checked before reading and
   * the bytes are counted while reading, since `/proc` files and devices report a size of 0.
   */
  readonly maxFileBytes?: number;
}

/**
 * Open descriptors kept at most to locate problems in NDJSON files after all are read; files past
 * this many keep nothing, and problems the cross-record rules find in them have no line.
 */
const MAX_KEPT_HANDLES = 256;

/** Total size from which checking files on worker threads pays for starting them. */
const PARALLEL_THRESHOLD = 1 << 20;
/**
 * Cores needed before workers are used by default. This thread ingests every record summary the
 * workers send (and indexes its ids), so it needs a core of its own: on 2 cores, 40 files of
 * 200,000 records took 0.81x as long with 1 worker and 0.68x with 2 (docs/performance.md).
 */
const PARALLEL_MIN_CORES = 3;

function defaultWorkers(files: readonly FoundFile[]): number {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const cores = availableParallelism();
  if (files.length < 2 || total < PARALLEL_THRESHOLD || cores < PARALLEL_MIN_CORES) return 0;
  return Math.min(cores - 1, files.length, 8);
}

function workerUrl(): URL | undefined {
  // The worker is a sibling of the bundle (dist/worker.js); when running from sources there is none.
  const url = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

interface Buffered {
  problems: RawProblem[];
  records: RecordSummary[];
  /** For each record, how many of `problems` were found before it. */
  problemsBefore: number[];
  values: StatecraftRecord[];
  done: boolean;
  count: number;
}

/**
 * Checks the files on worker threads. Results are fed to the engine in file order (a file's
 * results wait until every earlier file is in), so the outcome does not depend on timing.
 */
async function checkInParallel(
  files: readonly FoundFile[],
  engine: Engine,
  indexes: readonly number[],
  threads: number,
  url: URL,
  onBytes: (n: number) => void,
  onFile: () => void,
  keep: (position: number, kept: KeptFile | undefined) => void,
  maxFileBytes: number | undefined,
): Promise<void> {
  const buffered = new Map<number, Buffered>();
  let next = 0; // next job to hand out
  let ingest = 0; // next file (position in `files`) to feed the engine
  const drain = (): void => {
    for (;;) {
      const b = buffered.get(ingest);
      if (!b) return;
      const fileIndex = indexes[ingest]!;
      // In the order the worker found them, as on one thread.
      let p = 0;
      for (const [i, r] of b.records.entries()) {
        for (const until = b.problemsBefore[i]!; p < until; p++)
          engine.problem(fileIndex, b.problems[p]!);
        engine.record(fileIndex, r);
      }
      for (; p < b.problems.length; p++) engine.problem(fileIndex, b.problems[p]!);
      for (const v of b.values) engine.value(v);
      b.problems = [];
      b.records = [];
      b.problemsBefore = [];
      b.values = [];
      if (!b.done) return;
      engine.records += b.count;
      buffered.delete(ingest);
      ingest++;
      onFile();
    }
  };
  // Loaded here: runs on one thread (the common case) never load worker_threads.
  const { Worker } = await import("node:worker_threads");
  const workers = Array.from({ length: Math.min(threads, files.length) }, () => new Worker(url));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = (): void => {
              if (next >= files.length) {
                resolve();
                return;
              }
              const job: WorkerJob = {
                index: next,
                file: files[next]!,
                collect: engine.collected !== undefined,
                ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
              };
              buffered.set(next, {
                problems: [],
                records: [],
                problemsBefore: [],
                values: [],
                done: false,
                count: 0,
              });
              next++;
              worker.postMessage(job);
            };
            worker.on("message", (message: WorkerMessage) => {
              if (message.kind === "progress") {
                onBytes(message.bytes);
                return;
              }
              const b = buffered.get(message.index)!;
              if (message.kind === "batch") {
                const offset = b.problems.length;
                for (const before of message.problemsBefore) b.problemsBefore.push(offset + before);
                b.problems.push(...message.problems);
                b.records.push(...message.records);
                b.values.push(...message.values);
              } else if (message.kind === "done") {
                b.done = true;
                b.count = message.records;
                keep(message.index, message.kept);
              } else {
                reject(
                  new Error(`A worker failed on ${files[message.index]!.name}: ${message.message}`),
                );
                return;
              }
              drain();
              if (message.kind === "done") give();
            });
            worker.on("error", reject);
            // Without an error (killed, out of memory): fail rather than wait forever.
            worker.on("exit", (code) =>
              reject(new Error(`A worker stopped (exit code ${code}) before finishing its files`)),
            );
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  drain();
}

/**
 * Validates a dataset kept in files — files, folders (walked recursively) and globs of YAML,
 * JSON and NDJSON — and returns the result as data: problems located by file, line and column,
 * counts and stats. Unreadable paths are reported as `io_error` problems, not thrown.
 *
 * NDJSON is streamed, so memory grows with the number of ids, not the size of the files. Many
 * files are checked in parallel on worker threads; the cross-record rules run after.
 *
 * @param paths - Files, folders or globs, relative to `options.cwd`.
 * @param options - Rule severities, the problem cap, the failing severity, workers, progress.
 * @returns The validation result.
 * @example
 * ```ts
 * import { safeValidateFiles } from "@statecraft/validate";
 *
 * const result = await safeValidateFiles(["data/"], { rules: { orphaned_source: "off" } });
 * if (!result.valid) for (const p of result.problems) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`);
 *
 * // Validate and keep the parsed records, to use the data once it is known to be valid:
 * const { valid, records } = await safeValidateFiles(["data/"], { collect: true });
 * if (valid) for (const record of records ?? []) console.log(record.id);
 * ```
 */
export async function safeValidateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<FilesValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const engine = new Engine(options);
  const readOptions = {
    ...(options.followSymlinks !== undefined ? { followSymlinks: options.followSymlinks } : {}),
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  };
  const { files, failures } = await discoverFiles(paths, cwd, readOptions);
  for (const failure of failures) {
    engine.problem(engine.addFile(failure.name), {
      code: "io_error",
      message: failure.message,
      pointer: "",
    });
  }
  const indexes = files.map((f) => engine.addFile(f.name));
  engine.fileCount = files.length;
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  let bytes = 0;
  let done = 0;
  const report = (): void =>
    options.onProgress?.({ bytes, totalBytes, files: done, totalFiles: files.length });
  const onBytes = (n: number): void => {
    bytes += n;
    report();
  };
  const onFile = (): void => {
    done++;
    report();
  };
  // What each file's check kept to locate problems later, by position in `files`.
  const kept = new Map<number, KeptFile>();
  let handles = 0;
  const keep = (position: number, what: KeptFile | undefined): void => {
    if (what === undefined) return;
    if (what.kind === "handle" && handles >= MAX_KEPT_HANDLES) {
      releaseKept(what).catch(() => {});
      return;
    }
    if (what.kind === "handle") handles++;
    kept.set(position, what);
  };
  try {
    const threads = options.workers ?? defaultWorkers(files);
    const url = threads > 1 ? workerUrl() : undefined;
    if (url) {
      await checkInParallel(
        files,
        engine,
        indexes,
        threads,
        url,
        onBytes,
        onFile,
        keep,
        options.maxFileBytes,
      );
    } else {
      for (const [i, file] of files.entries()) {
        const checked = await checkFile(file, engine.sink(indexes[i]!), onBytes, readOptions);
        engine.records += checked.records;
        keep(i, checked.kept);
        onFile();
      }
    }
    const offset = failures.length;
    const result = await engine.finish({
      load: (file, places) => loadRecords(files[file - offset]!, kept.get(file - offset), places),
    });
    return { ...result, files: files.map((f) => f.realPath) };
  } finally {
    await Promise.all([...kept.values()].map(releaseKept));
  }
}

/**
 * Validates files like {@link safeValidateFiles}, but throws when the data is invalid.
 *
 * @throws {ValidationError} When a problem reaches the `failOn` severity.
 * @returns The result, when valid (it may hold warnings).
 * @example
 * ```ts
 * await validateFiles(["examples/blinken-china-2024"]); // throws ValidationError if invalid
 * ```
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<FilesValidationResult> {
  const result = await safeValidateFiles(paths, options);
  if (!result.valid) throw new ValidationError(result);
  return result;
}
