import { Engine } from "./internal/engine.js";
import {
  checkFile,
  discoverFiles,
  type KeptFile,
  loadRecords,
  releaseKept,
} from "./internal/node-files.js";
import { checkInParallel, workerBundle, workerThreads } from "./internal/worker-pool.js";
import type { ValidateOptions } from "./options.js";
import type {
  CollectedFilesResult,
  FilesRead,
  FilesValidationResult,
  ValidDataset,
  ValidResult,
} from "./problem.js";
import { ValidationError } from "./validation-error.js";
import type { WorkersUnavailableError } from "./workers-unavailable-error.js";

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
   * How many worker threads check files in parallel; default `0`: files are checked on this
   * thread. `N` starts at most `min(N, files, os.availableParallelism())` threads (`Infinity`
   * for one per core); this thread still gathers every record summary they send. Workers only
   * help with many large files on 3 or more cores: on 2 cores, every measured run on 40 JSON
   * files of 200,000 records was slower with workers (speed-ups of 0.68x to 0.97x,
   * docs/performance.md).
   *
   * Workers that cannot start are an error, not a quiet fallback to one thread: the call
   * rejects with a {@link WorkersUnavailableError} (the worker bundle `dist/worker.js` is
   * missing because the library runs from its sources, or a worker fails as it starts).
   * Workers get this process's Node options that they can take (`--conditions`, `--import`,
   * `--require`, …), not `-e`, `-p`, `--input-type`, V8 or process-wide options.
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

/**
 * Validates a dataset kept in files — files, folders (walked recursively) and globs of YAML,
 * JSON and NDJSON — and returns the result as data: problems located by file, line and column,
 * counts and stats. It never throws for bad data: unreadable paths are reported as `io_error`
 * problems, not thrown. It rejects only when its options cannot be honoured, before reading any
 * file: worker threads asked for that cannot start, or a `workers` that is not a number of
 * threads.
 *
 * NDJSON is streamed, so memory grows with the number of ids, not the size of the files. Files
 * are checked on this thread unless `options.workers` asks for worker threads; the
 * cross-record rules run after.
 *
 * @param paths - Files, folders or globs, relative to `options.cwd`.
 * @param options - Rule severities, the problem cap, the failing severity, workers, progress.
 * @returns The validation result.
 * @throws {@link WorkersUnavailableError} When `options.workers` asks for worker threads that
 *   cannot start.
 * @throws {RangeError} When `options.workers` is negative or not a whole number.
 * @example
 * ```ts
 * import { safeValidateFiles } from "@statecraft/validate/node";
 *
 * const result = await safeValidateFiles(["data/"], { rules: { orphaned_source: "off" } });
 * if (!result.valid) for (const p of result.problems) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`);
 *
 * // Validate and keep the parsed records: they come only with a valid result.
 * const checked = await safeValidateFiles(["data/"], { collect: true });
 * if (checked.valid) for (const record of checked.records) console.log(record.id);
 * ```
 */
export async function safeValidateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions & { readonly collect: true },
): Promise<CollectedFilesResult>;
export async function safeValidateFiles(
  paths: readonly string[],
  options?: ValidateFilesOptions,
): Promise<FilesValidationResult>;
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
    const threads = workerThreads(options.workers, files.length);
    if (threads > 0) {
      await checkInParallel(
        files,
        engine,
        indexes,
        threads,
        workerBundle(threads, import.meta.url),
        { onBytes, onFile, keep },
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
 * @throws {@link WorkersUnavailableError} When `options.workers` asks for worker threads that
 *   cannot start.
 * @returns The result, when valid (it may hold warnings).
 * @example
 * ```ts
 * await validateFiles(["examples/blinken-china-2024"]); // throws ValidationError if invalid
 * ```
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions & { readonly collect: true },
): Promise<ValidDataset & FilesRead>;
export async function validateFiles(
  paths: readonly string[],
  options?: ValidateFilesOptions,
): Promise<ValidResult & FilesRead>;
export async function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<ValidResult & FilesRead> {
  const result = await safeValidateFiles(paths, options);
  if (!result.valid) throw new ValidationError(result);
  return result;
}
