/**
 * The page: header with dataset actions, filters, tabs over the four views, and the problems
 * panel. State flows one way: the URL holds the view and filters (see `router.ts`), the dataset
 * holds the records (see `dataset.ts`), and {@link startApp}'s `render` draws both.
 *
 * Each part of the page is its own module; this one builds them, puts them on the page, and
 * passes the dataset and the state between them.
 */
import {
  type DatasetLoad,
  type LoadedDataset,
  loadExampleDataset,
  loadUserDataset,
} from "./dataset.js";
import { downloadButton } from "./dataset-download.js";
import { h } from "./dom.js";
import { FilterBar } from "./filters.js";
import { ProblemsPanel } from "./problems-panel.js";
import { Router } from "./router.js";
import { SiteHeader } from "./site-header.js";
import { fileDropOverlay, fileInput } from "./user-files.js";
import type { InputFile } from "./validation.js";
import { focusedKey, ViewPanel } from "./view-panel.js";
import { ViewTabs } from "./view-tabs.js";

const FOOTER_TEXT = [
  "Open or drop your own YAML or JSON files: they are checked in your browser and never leave it. ",
  "Data: the Statecraft example dataset (CC0), encoding an AP dispatch of 21 April 2024.",
];

/** The page's parts, and the dataset on show. */
class App {
  #dataset: LoadedDataset | undefined;
  readonly #router = new Router(() => this.#render());
  readonly #problems = new ProblemsPanel();
  readonly #views = new ViewPanel();
  readonly #header: SiteHeader;
  readonly #filters: FilterBar;
  readonly #tabs: ViewTabs;

  constructor(root: HTMLElement) {
    const openFiles = (files: readonly InputFile[]) => this.#openFiles(files);
    this.#header = new SiteHeader({
      fileInput: fileInput(openFiles),
      downloadButton: downloadButton(() => this.#current()),
      onUseExample: async () => {
        await this.#loadExample();
        this.#problems.hide();
        this.#render();
      },
    });
    this.#filters = new FilterBar(this.#router);
    this.#tabs = new ViewTabs(this.#router);
    root.replaceChildren(
      this.#header.element,
      this.#problems.element,
      this.#filters.element,
      h("main", null, this.#tabs.element, this.#views.status, this.#views.panel),
      h("footer", null, h("p", null, ...FOOTER_TEXT)),
      fileDropOverlay(openFiles),
    );
    window.addEventListener("resize", () => {
      if (this.#views.needsRedraw(this.#router.state)) this.#render();
    });
  }

  /** Loads the example and draws the page. */
  async start(): Promise<void> {
    await this.#loadExample();
    this.#render();
  }

  #current(): LoadedDataset {
    return this.#dataset!;
  }

  /** Puts a dataset on show (without drawing the views). */
  #use(dataset: LoadedDataset): void {
    this.#dataset = dataset;
    this.#filters.fillOptions(dataset.index);
    this.#header.show(dataset);
    this.#router.useIndex(dataset.index);
  }

  async #loadExample(): Promise<void> {
    const load = await loadExampleDataset();
    // The example is checked by the test suite; if it ever fails here, say so rather than hide it.
    if (!load.result.valid) this.#report(load);
    this.#use(load.dataset);
  }

  async #openFiles(files: readonly InputFile[]): Promise<void> {
    const load = await loadUserDataset(files);
    if (load.dataset) {
      this.#use(load.dataset);
      this.#render();
    }
    this.#report(load);
    this.#problems.focus();
  }

  #report(load: DatasetLoad): void {
    this.#problems.show(load.files, load.result);
  }

  #render(): void {
    const focusKey = focusedKey();
    const state = this.#router.state;
    this.#filters.show(state);
    this.#tabs.show(state.view);
    this.#views.render(this.#current().index, state, this.#router, focusKey);
  }
}

/** Starts the app in `root`: builds the page, loads the example and draws it. */
export async function startApp(root: HTMLElement): Promise<void> {
  await new App(root).start();
}
