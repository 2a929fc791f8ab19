/**
 * `@statecraft/validate/browser`: validate Statecraft data held in memory, without `node:`
 * imports — for web apps such as the demo.
 *
 * @module
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
  Problem,
  Severity,
  SeverityOverride,
  ValidationResult,
  ValidationStats,
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
  safeValidateTexts,
  type TextFile,
  validateTexts,
} from "./validate-texts.js";
export { ValidationError } from "./validation-error.js";
