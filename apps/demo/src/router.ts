/**
 * Routing: the page state ({@link ViewState}) kept in step with the URL. Moving to a new state
 * adds a history entry; the browser's back and forward buttons restore the state they step to.
 * Filters that name ids the dataset does not have are dropped on the way in.
 */

import type { DataIndex } from "./prepared-dataset.js";
import { formatViewState, parseViewState, type ViewState, withFilter } from "./view-state.js";

/** What moves the page from one state to another: the filters, the tabs and the views use it. */
export interface Navigator {
  /** The state on show. */
  readonly state: ViewState;
  /** Moves to another state (a new history entry); does nothing when the state is unchanged. */
  readonly navigate: (next: ViewState) => void;
}

/** Drops the actor and issue filters that name ids `index` does not have. */
export function withKnownFilters(state: ViewState, index: DataIndex): ViewState {
  let out = state;
  if (out.actor !== undefined && !index.getOf("actor", out.actor))
    out = withFilter(out, "actor", undefined);
  if (out.issue !== undefined && !index.getOf("issue", out.issue))
    out = withFilter(out, "issue", undefined);
  return out;
}

/** The URL of a state: its query string, or the bare path for the default state. */
function urlOf(state: ViewState): string {
  return formatViewState(state) || location.pathname;
}

/** The page state and the browser history, for one dataset at a time. */
export class Router implements Navigator {
  #state: ViewState;
  #index: DataIndex | undefined;
  readonly #onChange: () => void;

  /**
   * Reads the state from the current URL (its ids are checked once a dataset is in use).
   *
   * @param onChange - Called after the state changes through {@link Router.navigate} or the
   * browser's back and forward buttons, to draw the page again.
   */
  constructor(onChange: () => void) {
    this.#state = parseViewState(location.search);
    this.#onChange = onChange;
    window.addEventListener("popstate", () => {
      this.#state = this.#known(parseViewState(location.search));
      this.#onChange();
    });
  }

  /** The state on show. */
  get state(): ViewState {
    return this.#state;
  }

  /**
   * Checks the state's ids against a new dataset and rewrites the URL to match, without a new
   * history entry and without drawing.
   */
  useIndex(index: DataIndex): void {
    this.#index = index;
    this.#state = this.#known(this.#state);
    history.replaceState(null, "", urlOf(this.#state) + location.hash);
  }

  /** Moves to another state (a new history entry) and draws it; ignores unchanged states. */
  readonly navigate = (next: ViewState): void => {
    const clean = this.#known(next);
    if (formatViewState(clean) === formatViewState(this.#state)) return;
    this.#state = clean;
    history.pushState(null, "", urlOf(this.#state));
    this.#onChange();
  };

  #known(state: ViewState): ViewState {
    return this.#index ? withKnownFilters(state, this.#index) : state;
  }
}
