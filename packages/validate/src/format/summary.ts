import { formatCount } from "../internal/count.js";
import type { ValidationResult } from "../problem.js";

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The one-line summary every format ends with, e.g.
 * `invalid: 3 errors, 1 warning in 73 records (7 files)`.
 *
 * @param result - A validation result.
 * @returns One line, without a newline.
 * @example
 * ```ts
 * summaryLine(result); // "invalid: 3 errors, 1 warning in 73 records (7 files)"
 * ```
 */
export function summaryLine(result: ValidationResult): string {
  const { files, records, errors, warnings } = result.stats;
  const where = `${plural(records, "record")} (${plural(files, "file")})`;
  if (errors === 0 && warnings === 0) return `valid: no problems in ${where}`;
  return `${result.valid ? "valid" : "invalid"}: ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${where}`;
}
