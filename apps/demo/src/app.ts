/**
 * The page: header with dataset actions, filters, tabs over the four views, and the problems
 * panel. State flows one way: the URL holds the view and filters (see `router.ts`), the dataset
 * holds the records (see `dataset.ts`), and {@link startApp}'s `render` draws both.
 *
 * The example is drawn in the first render (no layout shift, no second round trip); the user's
 * files are checked and prepared in a worker (see `dataset-loader.ts`) with a progress bar and a
 * Cancel button, and kept in the browser for the next visit (see `saved-files.ts`).
 */
import { datasetCounts, exampleDataset, type LoadedDataset, userDataset } from "./dataset.js";
import {
  downloadButton,
  downloadLabel,
  downloadName,
  exportOnPage,
  saveFile,
} from "./dataset-download.js";
import { exportFiles, type LoadTask, loadFiles, warmUp } from "./dataset-loader.js";
import { h } from "./dom.js";
import { FilterBar } from "./filters.js";
import { LoadProgress } from "./load-progress.js";
import { ProblemsPanel } from "./problems-panel.js";
import { Router } from "./router.js";
import { forgetFiles, savedFiles, saveFiles } from "./saved-files.js";
import { SearchBox } from "./search-box.js";
import { SiteHeader } from "./site-header.js";
import { fileDropOverlay, fileInput, folderInput } from "./user-files.js";
import { focusedKey, ViewPanel } from "./view-panel.js";
import { type View, withFilter } from "./view-state.js";
import { ViewTabs } from "./view-tabs.js";

const VIEW_TITLE: Record<View, string> = {
  timeline: "Timeline",
  network: "Network",
  issues: "Issues",
  tariffs: "Tariffs",
};

/** The footer's credit: the files on show, never the example's when they are the user's. */
function credit(dataset: LoadedDataset): string {
  return dataset.isExample
    ? "Data: the Statecraft example dataset (CC0), encoding an AP dispatch of 21 April 2024."
    : `Data: your files (${dataset.files.join(", ")}), kept in this browser only. ${datasetCounts(dataset.index)}.`;
}

/** The name a file is shown and checked under: with its folder when a folder was opened. */
function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** The page's parts, and the dataset on show. */
class App {
  #dataset: LoadedDataset;
  #load: LoadTask | undefined;
  readonly #router = new Router(() => this.#render());
  readonly #problems = new ProblemsPanel();
  readonly #progress = new LoadProgress();
  readonly #views = new ViewPanel();
  readonly #header: SiteHeader;
  readonly #filters: FilterBar;
  readonly #tabs: ViewTabs;
  readonly #credit = h("span", { class: "credit" });
  readonly #search = new SearchBox((entry) => {
    if (entry.kind === "meeting") this.#openMeeting(entry.id);
    else this.#router.navigate(withFilter(this.#router.state, entry.kind, entry.id));
  });
  readonly #download = downloadButton(() => void this.#downloadOnShow());

  constructor(root: HTMLElement) {
    const openFiles = (files: readonly File[]) => this.#openFiles(files, files.map(fileName), true);
    this.#header = new SiteHeader({
      fileInput: fileInput(openFiles),
      folderInput: folderInput(openFiles),
      downloadButton: this.#download,
      onUseExample: () => {
        this.#load?.cancel();
        void forgetFiles();
        this.#use(exampleDataset());
        this.#problems.hide();
        this.#render();
      },
    });
    this.#filters = new FilterBar(this.#router);
    this.#tabs = new ViewTabs(this.#router);
    this.#filters.element.prepend(this.#search.element);
    root.replaceChildren(
      h("a", { class: "skip-link", href: "#after-views" }, "Skip past the views"),
      this.#header.element,
      this.#progress.element,
      this.#problems.element,
      this.#filters.element,
      h("main", null, this.#tabs.element, this.#views.status, this.#views.panel),
      h(
        "footer",
        { id: "after-views", tabindex: -1 },
        h(
          "p",
          null,
          "Open or drop your own YAML or JSON files: they are checked in your browser and never leave it. ",
          this.#credit,
        ),
      ),
      fileDropOverlay(openFiles),
    );
    window.addEventListener("resize", () => {
      if (this.#views.needsRedraw(this.#router.state)) this.#render();
    });
    this.#dataset = exampleDataset();
    this.#use(this.#dataset);
  }

  /**
   * Shows a meeting in the timeline, opened, and puts its `#id` in the URL (a deep link). The
   * filters stay when the meeting passes them; the zoom goes.
   */
  readonly #openMeeting = (id: string): void => {
    if (!this.#dataset.index.getOf("meeting", id)) return;
    const { period: _period, ...rest } = this.#router.state;
    this.#router.navigate({ ...rest, view: "timeline" });
    if (!this.#views.revealMeeting(id)) {
      this.#router.navigate({ view: "timeline" });
      this.#views.revealMeeting(id);
    }
    history.replaceState(
      null,
      "",
      `${location.search || location.pathname}#${encodeURIComponent(id)}`,
    );
  };

  /** Opens the meeting the URL's `#id` names, if the dataset has it. */
  #openHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && this.#dataset.index.getOf("meeting", id)) this.#openMeeting(id);
  }

  /** Draws the example at once, then loads the files the user kept, if any. */
  start(): void {
    this.#render();
    this.#openHash();
    window.addEventListener("hashchange", () => this.#openHash());
    if ("requestIdleCallback" in window) requestIdleCallback(() => warmUp(), { timeout: 2000 });
    else setTimeout(warmUp, 1000);
    void savedFiles().then((saved) => {
      if (saved && this.#load === undefined && this.#dataset.isExample)
        void this.#openFiles(saved.files, saved.names, false);
    });
  }

  /** Puts a dataset on show (without drawing the views). */
  #use(dataset: LoadedDataset): void {
    this.#dataset = dataset;
    this.#filters.fillOptions(dataset.index);
    this.#search.use(dataset.index);
    this.#header.show(dataset);
    this.#credit.textContent = credit(dataset);
    this.#router.useIndex(dataset.index);
  }

  async #openFiles(files: readonly File[], names: readonly string[], save: boolean): Promise<void> {
    this.#load?.cancel();
    const task = loadFiles(files, (step, fraction) => this.#progress.update(step, fraction), names);
    this.#load = task;
    this.#progress.start(`Reading ${names.join(", ")}`, () => task.cancel());
    try {
      const outcome = await task.outcome;
      if (outcome.status === "cancelled") return;
      if (outcome.status === "loaded") {
        this.#use(userDataset(files, names, outcome.dataset));
        this.#render();
        this.#openHash();
        if (save) void saveFiles({ files, names });
      }
      // Files kept from the last visit load quietly, unless something is wrong with them.
      if (save || outcome.status !== "loaded") {
        this.#problems.show(names, outcome.report, this.#header.openFilesLabel);
        this.#problems.focus();
      }
    } finally {
      if (this.#load === task) {
        this.#load = undefined;
        this.#progress.finish();
      }
    }
  }

  /**
   * Downloads what is on show as JSON-LD: the example is written on the page; the user's files
   * in a worker, with the progress bar and Cancel (a large dataset takes a while to write).
   */
  async #downloadOnShow(): Promise<void> {
    const onShow = { dataset: this.#dataset, state: this.#router.state };
    if (onShow.dataset.isExample) {
      saveFile(await exportOnPage(onShow));
      return;
    }
    const task = exportFiles(
      onShow.dataset.sources,
      onShow.dataset.files,
      onShow.state,
      downloadName(onShow),
      (step, fraction) => this.#progress.update(step, fraction),
    );
    this.#progress.start("Writing JSON-LD", () => task.cancel());
    try {
      const file = await task.file;
      if (file) saveFile(file);
    } finally {
      this.#progress.finish();
    }
  }

  #render(): void {
    const focusKey = focusedKey();
    const state = this.#router.state;
    this.#filters.show(state);
    this.#tabs.show(state.view);
    this.#download.textContent = downloadLabel(state);
    this.#views.render(this.#dataset.index, state, this.#router, focusKey, this.#openMeeting);
    document.title = `${VIEW_TITLE[state.view]}${state.actor || state.issue ? " (filtered)" : ""} · ${this.#dataset.isExample ? "Statecraft demo" : `${this.#dataset.label} · Statecraft demo`}`;
  }
}

/** Starts the app in `root`: builds the page and draws the example in the same task. */
export function startApp(root: HTMLElement): void {
  new App(root).start();
}
