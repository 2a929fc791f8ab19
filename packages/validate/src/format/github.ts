import { printable } from "@statecraft/core";
import type { ValidationResult } from "../problem.js";
import { summaryLine } from "./summary.js";

/**
 * Escapes a workflow command's message: first control characters and the like as visible escapes
 * (`\x1b`, `\n`), so that data can neither drive the terminal of whoever reads the log nor start
 * a command of its own; then the workflow command's own escapes of `%`, `\r` and `\n` (the last
 * two no longer occur, but stay as a guard).
 */
function escapeData(text: string): string {
  return printable(text).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * Formats a result as GitHub Actions workflow commands, one annotation per problem
 * (`::error file=…,line=…,col=…,title=…::message`), then a notice when problems were omitted and
 * the one-line summary. Control characters, line separators and bidirectional controls in the
 * data are shown as escapes such as `\x1b` and `\u202e` (see `printable` of `@statecraft/core`).
 *
 * @param result - A validation result.
 * @returns The text to print on standard output in a workflow step.
 * @example
 * ```ts
 * process.stdout.write(formatGithub(result));
 * // ::error file=data/meetings.yaml,line=12,col=17,title=dangling_reference::no record with id "x"
 * ```
 */
export function formatGithub(result: ValidationResult): string {
  let out = "";
  for (const p of result.problems) {
    const props = [
      p.file !== undefined ? `file=${escapeProperty(p.file)}` : undefined,
      p.line !== undefined ? `line=${p.line}` : undefined,
      p.column !== undefined ? `col=${p.column}` : undefined,
      `title=${escapeProperty(p.code)}`,
    ].filter(Boolean);
    const where = p.recordId !== undefined ? ` [${p.recordId}${p.pointer}]` : "";
    out += `::${p.severity} ${props.join(",")}::${escapeData(p.message + where)}\n`;
  }
  if (result.omitted > 0) {
    out += `::notice title=statecraft::${escapeData(`${result.omitted} more problem(s) not shown; raise --max-problems to see them`)}\n`;
  }
  out += `${summaryLine(result)}\n`;
  return out;
}
