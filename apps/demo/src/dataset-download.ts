/**
 * The download button: saves the dataset on show as JSON-LD (see `export.ts`), through a
 * temporary link to an object URL.
 */

import type { LoadedDataset } from "./dataset.js";
import { h } from "./dom.js";
import { EXPORT_FORMAT, exportDataset } from "./export.js";

/** Exports `dataset` and has the browser save the file. */
export async function downloadDataset(dataset: LoadedDataset): Promise<void> {
  const file = await exportDataset(dataset.records, dataset.slug);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const link = h("a", { href: url, download: file.filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Builds the download button; a click downloads the dataset `current` returns then. */
export function downloadButton(current: () => LoadedDataset): HTMLButtonElement {
  const button = h("button", { type: "button", id: "download" }, `Download ${EXPORT_FORMAT}`);
  button.addEventListener("click", () => downloadDataset(current()));
  return button;
}
