/** What every view is given: the dataset, the selection the filters make, and navigation. */
import { actorDisplayName } from "@statecraft/core";
import type { Selection } from "../selection.js";
import type { ViewState } from "../view-state.js";
import type { DataIndex, PreparedDataset } from "../prepared-dataset.js";

/** The inputs of a view. */
export interface ViewContext {
  readonly index: PreparedDataset;
  readonly selection: Selection;
  readonly state: ViewState;
  /** Moves to another state (a new history entry). */
  readonly navigate: (next: ViewState) => void;
}

/** An actor's display name, or its id when the dataset does not have it. */
export function actorName(index: DataIndex, id: string): string {
  const actor = index.getOf("actor", id);
  return actor ? actorDisplayName(actor) : id;
}

/** An issue's name, or its id when the dataset does not have it. */
export function issueName(index: DataIndex, id: string): string {
  return index.getOf("issue", id)?.name ?? id;
}
