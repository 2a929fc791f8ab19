/** What every view is given: the dataset, the selection the filters make, and navigation. */
import { actorDisplayName } from "@statecraft/core";
import type { DataIndex, PreparedDataset } from "../prepared-dataset.js";
import type { Selection } from "../selection.js";
import type { ViewState } from "../view-state.js";

/** The inputs of a view. */
export interface ViewContext {
  readonly index: PreparedDataset;
  readonly selection: Selection;
  readonly state: ViewState;
  /** Moves to another state (a new history entry). */
  readonly navigate: (next: ViewState) => void;
  /** Shows a meeting in the timeline, opened (the URL gets its `#id`). */
  readonly openMeeting: (id: string) => void;
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

/** A link to a meeting in the timeline (`#id`), opening it there. */
export function meetingLink(ctx: ViewContext, id: string, label: string): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = `#${encodeURIComponent(id)}`;
  link.className = "meeting-link";
  link.textContent = label;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    ctx.openMeeting(id);
  });
  return link;
}

/** A button that filters every view by an actor (or stops filtering by it). */
export function actorButton(ctx: ViewContext, id: string): HTMLButtonElement {
  const name = actorName(ctx.index, id);
  const active = ctx.state.actor === id;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "chip";
  button.setAttribute("aria-pressed", active ? "true" : "false");
  button.title = active ? `Stop filtering by ${name}` : `Show only what involves ${name}`;
  button.dataset.focusKey = `actor:${id}`;
  button.textContent = name;
  button.addEventListener("click", () => {
    const { actor: _actor, ...rest } = ctx.state;
    ctx.navigate(active ? rest : { ...rest, actor: id });
  });
  return button;
}
