import { StatecraftError } from "@statecraft/core";
import type { Problem, ValidationResult } from "./problem.js";

/** Where a problem is: `file:line:column` in a file, else its record and pointer. */
function where(problem: Problem): string {
  if (problem.file !== undefined)
    return `${problem.file}${problem.line ? `:${problem.line}:${problem.column}` : ""}`;
  return `${problem.recordId ?? ""}${problem.pointer}`;
}

/**
 * Thrown by the throwing twins (`validateFiles`, `validateTexts`, `validateDataset`) when the
 * data is invalid.
 *
 * @example
 * ```ts
 * try {
 *   await validateFiles(["data/"]);
 * } catch (error) {
 *   if (error instanceof ValidationError) console.error(error.issues[0]?.message);
 * }
 * ```
 */
export class ValidationError extends StatecraftError<"invalid_data"> {
  /** The problems kept (never empty). */
  readonly issues: readonly [Problem, ...Problem[]];
  /** The whole result, with stats and counts. */
  readonly result: ValidationResult;

  /**
   * Creates the error from an invalid result.
   *
   * @param result - A result whose `valid` is `false`.
   * @param options - `cause`, passed to `Error`.
   */
  constructor(result: ValidationResult, options?: ErrorOptions) {
    const first = result.problems[0];
    const summary = `${result.stats.errors} error(s) and ${result.stats.warnings} warning(s)`;
    super(
      "invalid_data",
      first ? `${summary}; first: ${where(first)} ${first.message} (${first.code})` : summary,
      options,
    );
    this.result = result;
    const issues =
      result.problems.length > 0
        ? result.problems
        : [{ code: "parse_error", severity: "error", message: summary, pointer: "" } as Problem];
    this.issues = issues as [Problem, ...Problem[]];
  }
}
