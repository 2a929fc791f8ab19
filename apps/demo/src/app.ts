/**
 * The page: header with dataset actions, filters, tabs over the four views, and the problems
 * panel. State flows one way: the URL holds the view and filters, the dataset holds the
 * records, and `render` draws both.
 */
import {
  type Actor,
  actorDisplayName,
  createDatasetIndex,
  type DatasetIndex,
  type StatecraftRecord,
} from "@statecraft/core";
import { h } from "./dom.js";
import { EXAMPLE_FILES, EXAMPLE_LABEL, EXAMPLE_SLUG } from "./example.js";
import { EXPORT_FORMAT, exportDataset } from "./export.js";
import { plural } from "./format.js";
import { select } from "./selection.js";
import {
  type InputFile,
  type Problem,
  ruleHelp,
  type ValidationResult,
  validateFiles,
} from "./validation.js";
import {
  formatViewState,
  parseViewState,
  VIEWS,
  type View,
  type ViewState,
  withFilter,
} from "./view-state.js";
import type { ViewContext } from "./views/context.js";
import { issuesView } from "./views/issues.js";
import { networkView } from "./views/network.js";
import { tariffsView } from "./views/tariffs.js";
import { timelineView } from "./views/timeline.js";

/** The dataset on show. */
interface LoadedDataset {
  readonly label: string;
  readonly slug: string;
  readonly records: readonly StatecraftRecord[];
  readonly index: DatasetIndex;
  readonly isExample: boolean;
}

const VIEW_LABEL: Record<View, string> = {
  timeline: "Timeline",
  network: "Network",
  issues: "Issues",
  tariffs: "Tariffs",
};
const KIND_GROUP: Record<Actor["kind"], string> = {
  person: "People",
  state: "States",
  organization: "Organisations",
};
const NARROW = 600;

/** Reads a file picked or dropped by the user. */
async function readFile(file: File): Promise<InputFile> {
  return { name: file.name, text: await file.text() };
}

/** Starts the app in `root`. */
export async function startApp(root: HTMLElement): Promise<void> {
  let dataset: LoadedDataset;
  let state: ViewState = parseViewState(location.search);
  let lastWidthClass = window.innerWidth < NARROW;

  // --- static shell ------------------------------------------------------------------------
  const fileInput = h("input", {
    id: "file-input",
    type: "file",
    multiple: true,
    accept: ".yaml,.yml,.json,.ndjson,.jsonl,application/json,application/yaml,text/yaml",
    class: "visually-hidden",
  });
  const exampleButton = h(
    "button",
    { type: "button", id: "use-example", hidden: true },
    "Back to the example",
  );
  const downloadButton = h(
    "button",
    { type: "button", id: "download" },
    `Download ${EXPORT_FORMAT}`,
  );
  const datasetLabel = h("p", { class: "dataset-label" });
  const counts = h("p", { class: "counts" });
  const problemsPanel = h("section", {
    id: "problems",
    class: "problems",
    "aria-live": "polite",
    tabindex: -1,
    hidden: true,
  });
  const actorSelect = h("select", { id: "actor-filter", name: "actor" });
  const issueSelect = h("select", { id: "issue-filter", name: "issue" });
  const clearButton = h("button", { type: "button", id: "clear-filters" }, "Clear filters");
  const tabs = VIEWS.map((view) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${view}`,
        "aria-controls": "panel",
        "data-view": view,
      },
      VIEW_LABEL[view],
    ),
  );
  const tabList = h("div", { role: "tablist", "aria-label": "Views", class: "tabs" }, tabs);
  const panel = h("section", { id: "panel", role: "tabpanel", tabindex: -1 });
  const status = h("p", { class: "selection-status", "aria-live": "polite" });
  const dropOverlay = h(
    "div",
    { class: "drop-overlay", hidden: true },
    h("p", null, "Drop YAML or JSON files to check and show them"),
  );

  root.replaceChildren(
    h(
      "header",
      { class: "site" },
      h(
        "div",
        { class: "brand" },
        h("h1", null, "Statecraft ", h("span", null, "who met whom, when, about what")),
        datasetLabel,
        counts,
      ),
      h(
        "div",
        { class: "actions" },
        h("label", { class: "button primary", for: "file-input" }, "Open files…"),
        fileInput,
        exampleButton,
        downloadButton,
      ),
    ),
    problemsPanel,
    h(
      "form",
      {
        class: "filters",
        role: "search",
        "aria-label": "Filters",
        onsubmit: (event: Event) => event.preventDefault(),
      },
      h("span", { class: "field" }, h("label", { for: "actor-filter" }, "Actor"), actorSelect),
      h("span", { class: "field" }, h("label", { for: "issue-filter" }, "Issue"), issueSelect),
      clearButton,
    ),
    h("main", null, tabList, status, panel),
    h(
      "footer",
      null,
      h(
        "p",
        null,
        "Open or drop your own YAML or JSON files: they are checked in your browser and never leave it. ",
        "Data: the Statecraft example dataset (CC0), encoding an AP dispatch of 21 April 2024.",
      ),
    ),
    dropOverlay,
  );

  // --- dataset -------------------------------------------------------------------------------
  const useDataset = (next: Omit<LoadedDataset, "index">) => {
    dataset = { ...next, index: createDatasetIndex(next.records) };
    fillFilterOptions();
    exampleButton.hidden = dataset.isExample;
    datasetLabel.textContent = dataset.label;
    const count = (type: StatecraftRecord["type"], noun: string) =>
      plural(dataset.index.ofType(type).length, noun);
    counts.textContent = [
      count("actor", "actor"),
      count("meeting", "meeting"),
      count("issue", "issue"),
      count("tariff", "tariff"),
      count("source", "source"),
    ].join(" · ");
    state = sanitize(state);
    history.replaceState(null, "", urlOf(state));
  };

  const fillFilterOptions = () => {
    const actors = [...dataset.index.ofType("actor")].sort((a, b) =>
      actorDisplayName(a).localeCompare(actorDisplayName(b)),
    );
    actorSelect.replaceChildren(
      h("option", { value: "" }, "All actors"),
      ...(["person", "state", "organization"] as const).flatMap((kind) => {
        const group = actors.filter((actor) => actor.kind === kind);
        return group.length === 0
          ? []
          : [
              h(
                "optgroup",
                { label: KIND_GROUP[kind] },
                group.map((actor) => h("option", { value: actor.id }, actorDisplayName(actor))),
              ),
            ];
      }),
    );
    const issues = [...dataset.index.ofType("issue")].sort((a, b) => a.name.localeCompare(b.name));
    issueSelect.replaceChildren(
      h("option", { value: "" }, "All issues"),
      ...issues.map((issue) => h("option", { value: issue.id }, issue.name)),
    );
  };

  /** Drops filters that name ids the dataset does not have. */
  const sanitize = (next: ViewState): ViewState => {
    let out = next;
    if (out.actor !== undefined && !dataset.index.getOf("actor", out.actor))
      out = withFilter(out, "actor", undefined);
    if (out.issue !== undefined && !dataset.index.getOf("issue", out.issue))
      out = withFilter(out, "issue", undefined);
    return out;
  };

  const urlOf = (next: ViewState) => formatViewState(next) || location.pathname;

  // --- problems ------------------------------------------------------------------------------
  const showReport = (files: readonly InputFile[], result: ValidationResult) => {
    const errors = result.problems.filter((p) => p.severity === "error").length;
    const warnings = result.problems.length - errors;
    const names = files.map((f) => f.name).join(", ");
    const found = [
      errors > 0 ? plural(errors, "error") : "",
      warnings > 0 ? plural(warnings, "warning") : "",
    ]
      .filter(Boolean)
      .join(" and ");
    const loaded = result.valid && result.records.length > 0;
    const heading = loaded
      ? `Loaded ${names}: ${plural(result.records.length, "record")}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}.`
      : result.valid
        ? `Not loaded: ${names} ${files.length === 1 ? "holds" : "hold"} no records.`
        : `Not loaded: ${names} ${files.length === 1 ? "has" : "have"} ${found}. The views still show the previous data.`;
    problemsPanel.className = `problems ${loaded ? "ok" : "failed"}`;
    const parts = [
      h("h2", null, heading),
      result.problems.length > 0
        ? h("ol", { class: "problem-list" }, result.problems.map(problemItem))
        : null,
      result.omitted > 0
        ? h("p", null, `${plural(result.omitted, "more problem")} not listed.`)
        : null,
      h(
        "button",
        { type: "button", class: "dismiss", onclick: () => (problemsPanel.hidden = true) },
        "Dismiss",
      ),
    ];
    problemsPanel.replaceChildren(...parts.filter((part) => part !== null));
    problemsPanel.hidden = false;
  };

  const problemItem = (problem: Problem) => {
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
  };

  const openFiles = async (list: FileList | readonly File[]) => {
    const files = await Promise.all([...list].map(readFile));
    if (files.length === 0) return;
    const result = await validateFiles(files);
    if (result.valid && result.records.length > 0) {
      const label =
        files.length === 1
          ? `Your file: ${files[0]!.name}`
          : `Your files: ${files.map((f) => f.name).join(", ")}`;
      useDataset({ label, slug: "statecraft-dataset", records: result.records, isExample: false });
      render();
    }
    showReport(files, result);
    problemsPanel.focus();
  };

  // --- rendering -----------------------------------------------------------------------------
  const render = () => {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    actorSelect.value = state.actor ?? "";
    issueSelect.value = state.issue ?? "";
    clearButton.disabled = state.actor === undefined && state.issue === undefined;
    for (const tab of tabs) {
      const selected = tab.dataset.view === state.view;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    panel.setAttribute("aria-labelledby", `tab-${state.view}`);
    const selection = select(dataset.index, state);
    const ctx: ViewContext = { index: dataset.index, selection, state, navigate };
    const total = dataset.index.ofType("meeting").length;
    const filtered = state.actor !== undefined || state.issue !== undefined;
    status.textContent = filtered
      ? `Showing ${selection.meetings.length} of ${plural(total, "meeting")}, ${plural(selection.issues.length, "issue")}, ${plural(selection.tariffs.length, "tariff")}.`
      : "";
    lastWidthClass = window.innerWidth < NARROW;
    switch (state.view) {
      case "timeline":
        panel.replaceChildren(timelineView(ctx));
        break;
      case "network":
        panel.replaceChildren(networkView(ctx, panel.clientWidth || window.innerWidth));
        break;
      case "issues":
        panel.replaceChildren(issuesView(ctx));
        break;
      case "tariffs":
        panel.replaceChildren(tariffsView(ctx));
        break;
    }
    if (focusKey) {
      const again = [...panel.querySelectorAll<HTMLElement | SVGElement>("[data-focus-key]")].find(
        (el) => el.dataset.focusKey === focusKey,
      );
      again?.focus();
    }
  };

  const navigate = (next: ViewState) => {
    const clean = sanitize(next);
    if (formatViewState(clean) === formatViewState(state)) return;
    state = clean;
    history.pushState(null, "", urlOf(state));
    render();
  };

  // --- events --------------------------------------------------------------------------------
  actorSelect.addEventListener("change", () =>
    navigate(withFilter(state, "actor", actorSelect.value || undefined)),
  );
  issueSelect.addEventListener("change", () =>
    navigate(withFilter(state, "issue", issueSelect.value || undefined)),
  );
  clearButton.addEventListener("click", () => navigate({ view: state.view }));
  for (const tab of tabs) {
    tab.addEventListener("click", () => navigate({ ...state, view: tab.dataset.view as View }));
    tab.addEventListener("keydown", (event) => {
      const i = VIEWS.indexOf(tab.dataset.view as View);
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const view = VIEWS[(to + VIEWS.length) % VIEWS.length]!;
      navigate({ ...state, view });
      tabs[VIEWS.indexOf(view)]!.focus();
    });
  }
  window.addEventListener("popstate", () => {
    state = sanitize(parseViewState(location.search));
    render();
  });
  window.addEventListener("resize", () => {
    if (state.view === "network" && window.innerWidth < NARROW !== lastWidthClass) render();
  });

  fileInput.addEventListener("change", () => {
    if (fileInput.files) void openFiles(fileInput.files);
    fileInput.value = "";
  });
  exampleButton.addEventListener("click", async () => {
    await loadExample();
    problemsPanel.hidden = true;
    render();
  });
  downloadButton.addEventListener("click", async () => {
    const file = await exportDataset(dataset.records, dataset.slug);
    const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
    const link = h("a", { href: url, download: file.filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

  let dragDepth = 0;
  document.addEventListener("dragenter", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    dragDepth++;
    dropOverlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropOverlay.hidden = true;
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    dragDepth = 0;
    dropOverlay.hidden = true;
    if (event.dataTransfer?.files.length) void openFiles(event.dataTransfer.files);
  });

  // --- start ---------------------------------------------------------------------------------
  const loadExample = async () => {
    const result = await validateFiles(EXAMPLE_FILES);
    if (!result.valid) {
      // The example is checked by the test suite; if it ever fails here, say so rather than hide it.
      showReport(EXAMPLE_FILES, result);
    }
    useDataset({
      label: EXAMPLE_LABEL,
      slug: EXAMPLE_SLUG,
      records: result.records,
      isExample: true,
    });
  };
  await loadExample();
  render();
}
