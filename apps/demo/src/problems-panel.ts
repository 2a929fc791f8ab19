/**
 * The validation panel: what checking the files found, the problems grouped by rule (each with
 * its file — folder-qualified when a folder was opened —, line, column and message), and whether
 * the files were loaded. Escape or *Dismiss* closes it.
 */
import type { LoadReport } from "./dataset-loader.js";
import { h } from "./dom.js";
import { plural } from "./format.js";
import { type Problem, ruleHelp } from "./validation.js";

/** Groups open at first: enough to read, few enough that the panel stays short. */
const OPEN_GROUPS = 3;

/** The heading of a report: loaded or not, and why. */
export function reportHeading(files: readonly string[], report: LoadReport): string {
  const errors = report.problems.filter((p) => p.severity === "error").length;
  const warnings = report.problems.length - errors;
  const names = files.join(", ");
  const found = [
    errors > 0 ? plural(errors, "error") : "",
    warnings > 0 ? plural(warnings, "warning") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return isLoaded(report)
    ? `Loaded ${names}: ${plural(report.records, "record")}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}.`
    : report.valid
      ? `Not loaded: ${names} ${files.length === 1 ? "holds" : "hold"} no records.`
      : `Not loaded: ${names} ${files.length === 1 ? "has" : "have"} ${found}. The views still show the previous data.`;
}

/** Whether a report's records replace the dataset on show. */
function isLoaded(report: LoadReport): boolean {
  return report.valid && report.records > 0;
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

/** Problems grouped by rule, rules in the order of their first problem. */
export function byRule(problems: readonly Problem[]): [Problem["code"], Problem[]][] {
  const groups = new Map<Problem["code"], Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.code);
    if (group) group.push(problem);
    else groups.set(problem.code, [problem]);
  }
  return [...groups];
}

/** The panel that reports on files checked; hidden until there is something to report. */
export class ProblemsPanel {
  /** The panel's element. */
  readonly element: HTMLElement = h("section", {
    id: "problems",
    class: "problems",
    "aria-live": "polite",
    "aria-labelledby": "problems-heading",
    tabindex: -1,
    hidden: true,
  });
  /** Where the focus goes when the panel closes. */
  #returnFocus: HTMLElement | undefined;

  constructor() {
    this.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.hide();
      }
    });
  }

  /** Shows the report on `files`; `returnFocus` gets the focus back when the panel closes. */
  show(files: readonly string[], report: LoadReport, returnFocus?: HTMLElement): void {
    this.#returnFocus = returnFocus;
    const panel = this.element;
    panel.className = `problems ${isLoaded(report) ? "ok" : "failed"}`;
    const groups = byRule(report.problems);
    const parts = [
      h("h2", { id: "problems-heading" }, reportHeading(files, report)),
      groups.map(([code, problems], i) =>
        h(
          "details",
          { class: "rule-group", open: i < OPEN_GROUPS },
          h(
            "summary",
            null,
            h("code", null, code),
            ` ${ruleHelp(code).summary} — ${plural(problems.length, problems[0]!.severity)}`,
          ),
          h("ol", { class: "problem-list" }, problems.map(problemItem)),
        ),
      ),
      report.omitted > 0
        ? h("p", null, `${plural(report.omitted, "more problem")} not listed.`)
        : null,
      h("button", { type: "button", class: "dismiss", onclick: () => this.hide() }, "Dismiss"),
    ];
    panel.replaceChildren(...parts.flat().filter((part) => part !== null));
    panel.hidden = false;
  }

  /** Hides the panel, and gives the focus back when it was inside. */
  hide(): void {
    const hadFocus = this.element.contains(document.activeElement);
    this.element.hidden = true;
    if (hadFocus) this.#returnFocus?.focus();
  }

  /** Moves the focus to the panel, so a screen reader reads the report. */
  focus(): void {
    this.element.focus({ preventScroll: false });
  }
}
