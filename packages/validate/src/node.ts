/**
 * `@statecraft/validate/node`: everything the universal entry (`@statecraft/validate`) exports,
 * plus validating YAML, JSON and NDJSON files, folders and globs read from disk, and loading a
 * dataset from them in one call (`loadDataset`).
 *
 * @module
 */
export * from "./index.js";
export {
  type LoadDatasetResult,
  type LoadedDataset,
  loadDataset,
  type UnloadedDataset,
} from "./load-dataset.js";
export type { CollectedFilesResult, FilesRead, FilesValidationResult } from "./problem.js";
export {
  safeValidateFiles,
  type ValidateFilesOptions,
  type ValidationProgress,
  validateFiles,
} from "./validate-files.js";
export { WorkersUnavailableError } from "./workers-unavailable-error.js";
