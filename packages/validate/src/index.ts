/**
 * Validate Statecraft datasets: the zod schemas, then cross-record rules, with every problem
 * located by file, line and column (or, for records built in code, by record and JSON Pointer),
 * and reports for terminals and CI (JSON, GitHub annotations, SARIF).
 *
 * This entry validates data held in memory and has no `node:` imports, so it runs in browsers
 * and any JavaScript runtime; `@statecraft/validate/node` adds reading files, folders and globs
 * from disk.
 *
 * @packageDocumentation
 */

export {
  formatGithub,
  formatJson,
  formatPretty,
  formatSarif,
  type JsonReport,
  type PrettyOptions,
  type PrettyStyles,
  RULES_DOC_URL,
  type SarifOptions,
  summaryLine,
  toJsonReport,
  toSarif,
} from "./format/index.js";
export type { FileFormat, ValidateOptions } from "./options.js";
export type {
  CollectedResult,
  InvalidResult,
  Problem,
  Severity,
  SeverityOverride,
  ValidationReport,
  ValidationResult,
  ValidationStats,
  ValidDataset,
  ValidResult,
} from "./problem.js";
export {
  isRuleCode,
  RULE_CODES,
  RULES,
  type RuleCode,
  type RuleInfo,
  type RuleLayer,
} from "./rule-codes.js";
export {
  type DatasetInput,
  safeValidateDataset,
  validateDataset,
} from "./validate-dataset.js";
export {
  safeValidateTexts,
  type TextFile,
  validateTexts,
} from "./validate-texts.js";
export { ValidationError } from "./validation-error.js";
