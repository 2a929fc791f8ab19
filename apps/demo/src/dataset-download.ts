/**
 * The download button: saves what is on show as JSON-LD (see `export.ts`), through a temporary
 * link to an object URL. Unfiltered, that is the whole dataset; filtered, the meetings, issues
 * and tariffs the filters keep, with the dataset's actors and sources (what they may refer to).
 * The button says which.
 */
import type { StatecraftRecord } from "@statecraft/core";
import type { LoadedDataset } from "./dataset.js";
import { h } from "./dom.js";
import { EXPORT_FORMAT, exportDataset } from "./export.js";
import { select } from "./selection.js";
import type { ViewState } from "./view-state.js";

/** What is on show: the dataset and the filters. */
export interface OnShow {
  readonly dataset: LoadedDataset;
  readonly state: ViewState;
}

/** Whether the filters narrow what is on show. */
export function isFiltered(state: ViewState): boolean {
  return state.actor !== undefined || state.issue !== undefined;
}

/** The records of what is on show: the whole dataset, or what the filters keep. */
export function recordsOnShow({ dataset, state }: OnShow): readonly StatecraftRecord[] {
  const { index } = dataset;
  if (!isFiltered(state)) return index.records;
  const selection = select(index, state);
  return [
    ...index.ofType("actor"),
    ...index.ofType("source"),
    ...selection.meetings,
    ...selection.issues.map((selected) => selected.issue),
    ...selection.tariffs,
  ];
}

/** Exports what is on show and has the browser save the file. */
export async function downloadDataset(onShow: OnShow): Promise<void> {
  const name = isFiltered(onShow.state) ? `${onShow.dataset.slug}-filtered` : onShow.dataset.slug;
  const file = await exportDataset(recordsOnShow(onShow), name);
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

/** Builds the download button; a click downloads what `current` returns then. */
export function downloadButton(current: () => OnShow): HTMLButtonElement {
  const button = h(
    "button",
    { type: "button", id: "download" },
    downloadLabel({ view: "timeline" }),
  );
  button.addEventListener("click", () => downloadDataset(current()));
  return button;
}
