/**
 * The filter bar: an actor and an issue to narrow every view to, and a button to clear both.
 * The options come from the dataset on show; the values from the page state.
 */
import { type Actor, actorDisplayName } from "@statecraft/core";
import { h } from "./dom.js";
import type { DataIndex } from "./prepared-dataset.js";
import type { Navigator } from "./router.js";
import { type ViewState, withFilter } from "./view-state.js";

const KIND_GROUP: Record<Actor["kind"], string> = {
  person: "People",
  state: "States",
  organization: "Organisations",
};

/** The actor options, grouped by kind and sorted by display name. */
function actorOptions(index: DataIndex): HTMLElement[] {
  const actors = [...index.ofType("actor")].sort((a, b) =>
    actorDisplayName(a).localeCompare(actorDisplayName(b)),
  );
  return [
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
  ];
}

/** The issue options, sorted by name. */
function issueOptions(index: DataIndex): HTMLElement[] {
  const issues = [...index.ofType("issue")].sort((a, b) => a.name.localeCompare(b.name));
  return [
    h("option", { value: "" }, "All issues"),
    ...issues.map((issue) => h("option", { value: issue.id }, issue.name)),
  ];
}

/** The actor and issue filters; a change moves to the filtered state. */
export class FilterBar {
  /** The bar's element, a search form. */
  readonly element: HTMLFormElement;
  readonly #actorSelect = h("select", { id: "actor-filter", name: "actor" });
  readonly #issueSelect = h("select", { id: "issue-filter", name: "issue" });
  readonly #clearButton = h("button", { type: "button", id: "clear-filters" }, "Clear filters");

  /** Builds the bar; its changes go through `navigator`. */
  constructor(navigator: Navigator) {
    this.element = h(
      "form",
      {
        class: "filters",
        role: "search",
        "aria-label": "Filters",
        onsubmit: (event: Event) => event.preventDefault(),
      },
      h(
        "span",
        { class: "field" },
        h("label", { for: "actor-filter" }, "Actor"),
        this.#actorSelect,
      ),
      h(
        "span",
        { class: "field" },
        h("label", { for: "issue-filter" }, "Issue"),
        this.#issueSelect,
      ),
      this.#clearButton,
    );
    this.#actorSelect.addEventListener("change", () =>
      navigator.navigate(
        withFilter(navigator.state, "actor", this.#actorSelect.value || undefined),
      ),
    );
    this.#issueSelect.addEventListener("change", () =>
      navigator.navigate(
        withFilter(navigator.state, "issue", this.#issueSelect.value || undefined),
      ),
    );
    this.#clearButton.addEventListener("click", () =>
      navigator.navigate({ view: navigator.state.view }),
    );
  }

  /** Lists the actors and issues of a dataset as options. */
  fillOptions(index: DataIndex): void {
    this.#actorSelect.replaceChildren(...actorOptions(index));
    this.#issueSelect.replaceChildren(...issueOptions(index));
  }

  /** Shows the filters of `state`. */
  show(state: ViewState): void {
    this.#actorSelect.value = state.actor ?? "";
    this.#issueSelect.value = state.issue ?? "";
    this.#clearButton.disabled = state.actor === undefined && state.issue === undefined;
  }
}
