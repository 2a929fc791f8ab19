import { printable } from "@statecraft/core";
import { formatCount } from "../internal/count.js";
import type { Problem, ValidationResult } from "../problem.js";
import type { RuleCode } from "../rule-codes.js";
import { summaryLine } from "./summary.js";

/** Styling functions for {@link formatPretty}; each wraps text (in ANSI colours, say). */
export interface PrettyStyles {
  /** Errors. */
  readonly red: (text: string) => string;
  /** Warnings. */
  readonly yellow: (text: string) => string;
  /** Success. */
  readonly green: (text: string) => string;
  /** Secondary text: codes, pointers. */
  readonly dim: (text: string) => string;
  /** File names and the summary. */
  readonly bold: (text: string) => string;
}

const PLAIN: PrettyStyles = {
  red: String,
  yellow: String,
  green: String,
  dim: String,
  bold: String,
};

/** Options for {@link formatPretty}. */
export interface PrettyOptions {
  /** Colours; none by default. */
  readonly styles?: PrettyStyles;
  /** Print only the summary line (and the problem counts when there are problems). */
  readonly quiet?: boolean;
}

/**
 * Formats a result for a terminal: problems grouped by file, each with its line, column,
 * severity, message, code and record; then counts per rule when several rules fired or some
 * problems were left out; then the one-line summary.
 *
 * Every field that comes from the data (file, message, code, record id, pointer) is printed
 * through `printable` of `@statecraft/core`: control characters, line separators and
 * bidirectional controls appear as escapes such as `\x1b` and `\u202e`, so that data cannot
 * retitle or clear the terminal or reorder a line.
 *
 * @param result - A validation result.
 * @param options - Colours and quiet mode.
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * const result = await safeValidateTexts([{ name: "meetings.yaml", text }]);
 * console.log(formatPretty(result));
 * // meetings.yaml
 * //   2:118  error    no record with id "chna"  dangling_reference m/participants/1/actor
 * //
 * // ✖ invalid: 1 error, 0 warnings in 2 records (1 file)
 * console.log(formatPretty(result, { quiet: true })); // the summary (and counts per rule) only
 * ```
 */
export function formatPretty(result: ValidationResult, options: PrettyOptions = {}): string {
  const s = options.styles ?? PLAIN;
  const lines: string[] = [];
  if (!options.quiet) {
    const byFile = new Map<string, Problem[]>();
    for (const p of result.problems) {
      const key = p.file ?? "";
      const list = byFile.get(key);
      if (list) list.push(p);
      else byFile.set(key, [p]);
    }
    for (const [file, problems] of byFile) {
      lines.push(s.bold(file ? printable(file) : "(no file)"));
      const width = Math.max(
        ...problems.map((p) => (p.line !== undefined ? `${p.line}:${p.column ?? 1}`.length : 0)),
      );
      for (const p of problems) {
        const at = (p.line !== undefined ? `${p.line}:${p.column ?? 1}` : "").padEnd(width);
        const severity = p.severity === "error" ? s.red("error  ") : s.yellow("warning");
        const where =
          p.recordId !== undefined
            ? ` ${s.dim(printable(`${p.recordId}${p.pointer}`))}`
            : p.pointer
              ? ` ${s.dim(printable(p.pointer))}`
              : "";
        lines.push(
          `  ${s.dim(at)}  ${severity}  ${printable(p.message)}  ${s.dim(printable(p.code))}${where}`,
        );
      }
      lines.push("");
    }
  }
  const codes = Object.entries(result.counts) as [RuleCode, number][];
  if (result.omitted > 0 || codes.length > 1 || (options.quiet && codes.length > 0)) {
    if (result.omitted > 0 && !options.quiet) {
      lines.push(
        s.dim(
          `${formatCount(result.omitted)} more problem(s) not shown; raise --max-problems to see them.`,
        ),
      );
    }
    lines.push("Problems by rule:");
    const shown = codes
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([code, count]) => [printable(code), count] as const);
    const width = Math.max(...shown.map(([code]) => code.length));
    for (const [code, count] of shown) {
      lines.push(`  ${code.padEnd(width)}  ${formatCount(count).padStart(7)}`);
    }
    lines.push("");
  }
  const summary = summaryLine(result);
  const { errors, warnings } = result.stats;
  lines.push(
    s.bold(
      errors > 0 || !result.valid
        ? s.red(`✖ ${summary}`)
        : warnings > 0
          ? s.yellow(`⚠ ${summary}`)
          : s.green(`✔ ${summary}`),
    ),
  );
  return `${lines.join("\n")}\n`;
}
