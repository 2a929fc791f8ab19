/**
 * Validate Statecraft datasets kept as YAML, JSON or NDJSON files: the zod schemas, then
 * cross-record rules, with every problem located by file, line and column, and reports for
 * terminals and CI (JSON, GitHub annotations, SARIF).
 *
 * Everything the browser-safe entry (`@statecraft/validate/browser`) exports, plus reading files,
 * folders and globs from disk.
 *
 * @packageDocumentation
 */
export * from "./browser.js";
export type { FilesValidationResult } from "./problem.js";
export {
  safeValidateFiles,
  type ValidateFilesOptions,
  type ValidationProgress,
  validateFiles,
} from "./validate-files.js";
export { WorkersUnavailableError } from "./workers-unavailable-error.js";
