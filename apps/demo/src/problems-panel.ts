/**
 * The validation panel: what checking the files found, every problem with its file, line,
 * column and rule, and whether the files were loaded.
 */
import { h } from "./dom.js";
import { plural } from "./format.js";
import { type InputFile, type Problem, ruleHelp, type ValidationResult } from "./validation.js";

/** The heading of a report: loaded or not, and why. */
export function reportHeading(files: readonly InputFile[], result: ValidationResult): string {
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  const names = files.map((f) => f.name).join(", ");
  const found = [
    errors > 0 ? plural(errors, "error") : "",
    warnings > 0 ? plural(warnings, "warning") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return isLoaded(result)
    ? `Loaded ${names}: ${plural(result.records.length, "record")}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}.`
    : result.valid
      ? `Not loaded: ${names} ${files.length === 1 ? "holds" : "hold"} no records.`
      : `Not loaded: ${names} ${files.length === 1 ? "has" : "have"} ${found}. The views still show the previous data.`;
}

/** Whether a result's records replace the dataset on show. */
function isLoaded(result: ValidationResult): boolean {
  return result.valid && result.records.length > 0;
}

/** One problem as a list item: where, severity, rule (linked to its documentation), message. */
export function problemItem(problem: Problem): HTMLLIElement {
  const where = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(":");
  return h(
    "li",
    { class: `problem ${problem.severity}` },
    h("code", { class: "where" }, where),
    " ",
    h("span", { class: "severity" }, problem.severity),
    " ",
    h(
      "a",
      {
        class: "rule",
        href: ruleHelp(problem.code).url,
        title: ruleHelp(problem.code).summary,
        rel: "noreferrer",
        target: "_blank",
      },
      h("code", null, problem.code),
    ),
    " ",
    h("span", { class: "message" }, problem.message),
    problem.recordId ? h("span", { class: "record" }, ` (in ${problem.recordId})`) : null,
  );
}

/** The panel that reports on files checked; hidden until there is something to report. */
export class ProblemsPanel {
  /** The panel's element. */
  readonly element: HTMLElement = h("section", {
    id: "problems",
    class: "problems",
    "aria-live": "polite",
    tabindex: -1,
    hidden: true,
  });

  /** Shows the report on `files`. */
  show(files: readonly InputFile[], result: ValidationResult): void {
    const panel = this.element;
    panel.className = `problems ${isLoaded(result) ? "ok" : "failed"}`;
    const parts = [
      h("h2", null, reportHeading(files, result)),
      result.problems.length > 0
        ? h("ol", { class: "problem-list" }, result.problems.map(problemItem))
        : null,
      result.omitted > 0
        ? h("p", null, `${plural(result.omitted, "more problem")} not listed.`)
        : null,
      h("button", { type: "button", class: "dismiss", onclick: () => this.hide() }, "Dismiss"),
    ];
    panel.replaceChildren(...parts.filter((part) => part !== null));
    panel.hidden = false;
  }

  /** Hides the panel. */
  hide(): void {
    this.element.hidden = true;
  }

  /** Moves the focus to the panel, so a screen reader reads the report. */
  focus(): void {
    this.element.focus();
  }
}
