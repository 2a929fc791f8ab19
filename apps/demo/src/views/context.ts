/** What every view is given: the dataset, the selection the filters make, and navigation. */
import { actorDisplayName, type DatasetIndex } from "@statecraft/core";
import type { Selection } from "../selection.js";
import type { ViewState } from "../view-state.js";

/** The inputs of a view. */
export interface ViewContext {
  readonly index: DatasetIndex;
  readonly selection: Selection;
  readonly state: ViewState;
  /** Moves to another state (a new history entry). */
  readonly navigate: (next: ViewState) => void;
}

/** An actor's display name, or its id when the dataset does not have it. */
export function actorName(index: DatasetIndex, id: string): string {
  const actor = index.getOf("actor", id);
  return actor ? actorDisplayName(actor) : id;
}

/** An issue's name, or its id when the dataset does not have it. */
export function issueName(index: DatasetIndex, id: string): string {
  return index.getOf("issue", id)?.name ?? id;
}
