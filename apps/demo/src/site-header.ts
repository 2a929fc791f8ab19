/**
 * The site header: the title, which dataset is on show and what it holds, and the dataset
 * actions (open files, back to the example, download).
 */
import { datasetCounts, type LoadedDataset } from "./dataset.js";
import { h } from "./dom.js";

/** What the header's actions are made of and do. */
export interface SiteHeaderActions {
  /** The file input the "Open files…" label opens. */
  readonly fileInput: HTMLInputElement;
  /** The folder input the "Open a folder…" label opens. */
  readonly folderInput: HTMLInputElement;
  /** The download button. */
  readonly downloadButton: HTMLButtonElement;
  /** Called by the "Back to the example" button (shown for the user's own data). */
  readonly onUseExample: () => void;
}

/** The header; {@link SiteHeader.show} fills in the dataset. */
export class SiteHeader {
  /** The header's element. */
  readonly element: HTMLElement;
  readonly #exampleButton = h(
    "button",
    { type: "button", id: "use-example", hidden: true },
    "Back to the example",
  );
  readonly #label = h("p", { class: "dataset-label" });
  readonly #counts = h("p", { class: "counts" });
  /** The "Open files…" label, which the focus returns to when the problems panel closes. */
  readonly openFilesLabel = h(
    "label",
    { class: "button primary", for: "file-input", tabindex: -1 },
    "Open files…",
  );

  /** Builds the header around the given actions. */
  constructor(actions: SiteHeaderActions) {
    this.element = h(
      "header",
      { class: "site" },
      h(
        "div",
        { class: "brand" },
        h("h1", null, "Statecraft ", h("span", null, "who met whom, when, about what")),
        this.#label,
        this.#counts,
      ),
      h(
        "div",
        { class: "actions" },
        this.openFilesLabel,
        actions.fileInput,
        h("label", { class: "button", for: "folder-input" }, "Open a folder…"),
        actions.folderInput,
        this.#exampleButton,
        actions.downloadButton,
      ),
    );
    this.#exampleButton.addEventListener("click", actions.onUseExample);
  }

  /** Shows the dataset's label and counts, and offers the example back when it is not on show. */
  show(dataset: LoadedDataset): void {
    this.#exampleButton.hidden = dataset.isExample;
    this.#label.textContent = dataset.label;
    this.#counts.textContent = datasetCounts(dataset.index);
  }
}
