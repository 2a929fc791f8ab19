import type { ValidationResult } from "../problem.js";

/**
 * The `--format json` report: one object with `valid`, `stats`, `problems` (every key present,
 * `null` when unknown), `counts` per rule and `omitted` (problems past the cap).
 *
 * @param result - A validation result.
 * @returns The report as a plain object, ready for `JSON.stringify`.
 * @see docs/validating-in-ci.md for its JSON Schema.
 * @example
 * ```ts
 * const report = toJsonReport(result);
 * report.stats.errors; // the number of errors
 * report.problems[0]?.code; // e.g. "dangling_reference"
 * ```
 */
export function toJsonReport(result: ValidationResult): JsonReport {
  return {
    valid: result.valid,
    stats: { ...result.stats },
    problems: result.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: p.message,
      file: p.file ?? null,
      line: p.line ?? null,
      column: p.column ?? null,
      pointer: p.pointer,
      recordId: p.recordId ?? null,
    })),
    counts: { ...result.counts },
    omitted: result.omitted,
  };
}

/** The shape of {@link toJsonReport}'s output. */
export interface JsonReport {
  /** Whether the data passed. */
  readonly valid: boolean;
  /** Files, records, errors and warnings. */
  readonly stats: {
    readonly files: number;
    readonly records: number;
    readonly errors: number;
    readonly warnings: number;
  };
  /** The problems kept, sorted by file, line and column. */
  readonly problems: readonly {
    readonly code: string;
    readonly severity: "error" | "warning";
    readonly message: string;
    readonly file: string | null;
    readonly line: number | null;
    readonly column: number | null;
    readonly pointer: string;
    readonly recordId: string | null;
  }[];
  /** Problems found per rule code, including those past the cap. */
  readonly counts: Readonly<Record<string, number>>;
  /** Problems found but left out by the cap. */
  readonly omitted: number;
}

/**
 * Formats a result as the `--format json` text: one JSON object and a newline.
 *
 * @param result - A validation result.
 * @returns The JSON text.
 * @example
 * ```ts
 * process.stdout.write(formatJson(result)); // {"valid":false,"stats":{...},"problems":[...]}
 * ```
 */
export function formatJson(result: ValidationResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
