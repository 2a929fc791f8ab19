/**
 * Loading a dataset from disk in one call: validate, collect the records, index them.
 *
 * @module
 */
import { createDatasetIndex, type DatasetIndex } from "@statecraft/core";
import type { FilesRead, InvalidResult, ValidDataset } from "./problem.js";
import { safeValidateFiles, type ValidateFilesOptions } from "./validate-files.js";

/**
 * A dataset loaded by {@link loadDataset}: valid, with its records (as parsed, in file order),
 * an index over them, its warnings in `problems`, and the files read.
 */
export interface LoadedDataset extends ValidDataset, FilesRead {
  /** The records indexed by id, type and reference (core's `DatasetIndex`). */
  readonly index: DatasetIndex;
}

/**
 * Data that could not be loaded by {@link loadDataset}: the problems and the files read, and no
 * records or index, so that invalid data cannot be used by mistake.
 */
export interface UnloadedDataset extends InvalidResult, FilesRead {}

/**
 * The outcome of {@link loadDataset}: narrow it on `valid`.
 *
 * @example
 * ```ts
 * const loaded = await loadDataset(["data/"]);
 * if (loaded.valid) console.log(loaded.index.get("antony-blinken"));
 * else for (const p of loaded.problems) console.error(`${p.file}:${p.line} ${p.message}`);
 * ```
 */
export type LoadDatasetResult = LoadedDataset | UnloadedDataset;

/**
 * Reads, validates and indexes a dataset from files, folders and globs in one call:
 * `safeValidateFiles(paths, { ...options, collect: true })`, then core's `createDatasetIndex`
 * over the records when they are valid. Bad data is never thrown: it comes back as an
 * `UnloadedDataset` with its problems (as for `safeValidateFiles`, unreadable paths are
 * `io_error` problems).
 *
 * @param paths - Files, folders and globs, as for `safeValidateFiles`.
 * @param options - As for `safeValidateFiles` (`collect` is always on).
 * @returns A {@link LoadedDataset} (`valid: true`, with `records`, `index`, warnings in
 *   `problems`, `files`) or an {@link UnloadedDataset} (`valid: false`, with `problems` and
 *   `files` only).
 * @throws {@link WorkersUnavailableError} When `options.workers` asks for worker threads that
 *   cannot start.
 * @example
 * ```ts
 * import { loadDataset } from "@statecraft/validate/node";
 *
 * const loaded = await loadDataset(["examples/blinken-china-2024"]);
 * if (!loaded.valid) throw new Error(loaded.problems[0]?.message);
 * const blinken = loaded.index.getOf("actor", "antony-blinken");
 * console.log(blinken?.name, loaded.index.referencesTo("antony-blinken").length);
 * ```
 */
export async function loadDataset(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<LoadDatasetResult> {
  const result = await safeValidateFiles(paths, { ...options, collect: true });
  if (!result.valid) return result;
  return { ...result, index: createDatasetIndex(result.records) };
}
