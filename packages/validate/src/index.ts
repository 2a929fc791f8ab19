/**
 * Validate Statecraft datasets kept as YAML, JSON or NDJSON files: the zod schemas, then
 * cross-record rules, with every problem located by file, line and column, and reports for
 * terminals and CI (JSON, GitHub annotations, SARIF).
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
export type { Problem, Severity, SeverityOverride, ValidationResult, ValidationStats } from "./problem.js";
export { isRuleCode, RULE_CODES, RULES, type RuleCode, type RuleInfo, type RuleLayer } from "./rules.js";
export { safeValidateFiles, type ValidateFilesOptions, type ValidationProgress, validateFiles } from "./validate-files.js";
export { safeValidateTexts, type TextFile, type ValidateOptions, validateTexts } from "./validate-texts.js";
export { ValidationError } from "./validation-error.js";
