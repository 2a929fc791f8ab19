/**
 * The download button: saves what is on show as JSON-LD (see `export.ts` and
 * `records-on-show.ts`), through a temporary link to an object URL. The button says whether that
 * is the whole dataset or the filtered view. The example is written on the page; the user's
 * files in a worker (see `dataset-loader.ts`).
 */
import type { LoadedDataset } from "./dataset.js";
import { h } from "./dom.js";
import { EXPORT_FORMAT, type ExportedFile, exportDataset } from "./export.js";
import { isFiltered, recordsOnShow } from "./records-on-show.js";
import type { ViewState } from "./view-state.js";

/** What is on show: the dataset and the filters. */
export interface OnShow {
  readonly dataset: LoadedDataset;
  readonly state: ViewState;
}

/** The file name (without extension) of a download of what is on show. */
export function downloadName({ dataset, state }: OnShow): string {
  return isFiltered(state) ? `${dataset.slug}-filtered` : dataset.slug;
}

/** Exports what is on show on the page (for small datasets, such as the example). */
export function exportOnPage(onShow: OnShow): Promise<ExportedFile> {
  return exportDataset(recordsOnShow(onShow.dataset.index, onShow.state), downloadName(onShow));
}

/** Has the browser save a file. */
export function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const link = h("a", { href: url, download: file.filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The button's label for a state: what the download holds. */
export function downloadLabel(state: ViewState): string {
  return isFiltered(state)
    ? `Download ${EXPORT_FORMAT} (filtered view)`
    : `Download ${EXPORT_FORMAT} (whole dataset)`;
}

/** Builds the download button; a click calls `onDownload`. */
export function downloadButton(onDownload: () => void): HTMLButtonElement {
  const button = h(
    "button",
    { type: "button", id: "download" },
    downloadLabel({ view: "timeline" }),
  );
  button.addEventListener("click", onDownload);
  return button;
}
