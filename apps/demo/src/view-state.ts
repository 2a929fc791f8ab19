/**
 * What the page shows, as a value: the open view, the actor and issue filters, and the period
 * the timeline zooms to. It lives in the URL's query string
 * (`?view=network&actor=antony-blinken&issue=taiwan`), so a view can be shared and the
 * browser's back and forward buttons step through filter changes.
 */
import { isPartialDate } from "@statecraft/core";

/** The views, in tab order. */
export const VIEWS = ["timeline", "network", "issues", "tariffs"] as const;

/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];

/** The page state that the URL carries. */
export interface ViewState {
  readonly view: View;
  /** Only what involves this actor (an actor id). */
  readonly actor?: string;
  /** Only what concerns this issue or its sub-issues (an issue id). */
  readonly issue?: string;
  /** The period the timeline zooms to, as a partial date (`2024`, `2024-04`). */
  readonly period?: string;
}

/** The state of a page opened without a query string. */
export const DEFAULT_STATE: ViewState = { view: "timeline" };

function isView(value: string | null): value is View {
  return (VIEWS as readonly string[]).includes(value ?? "");
}

/**
 * Reads the state from a query string; unknown views fall back to the timeline, empty filters
 * are dropped. Ids are not checked here: the app drops those the dataset does not have.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const actor = params.get("actor")?.trim();
  const issue = params.get("issue")?.trim();
  const period = params.get("period")?.trim();
  return {
    view: isView(view) ? view : DEFAULT_STATE.view,
    ...(actor ? { actor } : {}),
    ...(issue ? { issue } : {}),
    ...(period && isPartialDate(period) ? { period } : {}),
  };
}

/** Writes the state as a query string, `?` included; the default state is the empty string. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set("view", state.view);
  if (state.actor !== undefined) params.set("actor", state.actor);
  if (state.issue !== undefined) params.set("issue", state.issue);
  if (state.period !== undefined) params.set("period", state.period);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** Returns the state with one filter (or the period) set, or removed when `value` is `undefined`. */
export function withFilter(
  state: ViewState,
  key: "actor" | "issue" | "period",
  value: string | undefined,
): ViewState {
  const { [key]: _dropped, ...rest } = state;
  return value === undefined ? rest : { ...rest, [key]: value };
}
