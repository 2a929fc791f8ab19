/**
 * The view panel: the open view (timeline, network, issues or tariffs) drawn from the dataset
 * and the selection the filters make, with a line saying how much the filters keep.
 */
import { h } from "./dom.js";
import { plural } from "./format.js";
import type { PreparedDataset } from "./prepared-dataset.js";
import type { Navigator } from "./router.js";
import { type Selection, select } from "./selection.js";
import type { ViewState } from "./view-state.js";
import type { ViewContext } from "./views/context.js";
import { issuesView } from "./views/issues.js";
import { networkView } from "./views/network.js";
import { tariffsView } from "./views/tariffs.js";
import { type TimelineList, timelineView } from "./views/timeline.js";

const VIEW_HEADING = {
  timeline: "Timeline of meetings",
  network: "Network of who met whom",
  issues: "Issues and positions",
  tariffs: "Tariffs",
} as const;

/** Below this window width (px) the network is laid out for a phone. */
const NARROW = 600;

/** The focus key (`data-focus-key`) of the focused element, if it has one. */
export function focusedKey(): string | undefined {
  return (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
}

/** What the filters keep, e.g. `Showing 3 of 13 meetings, 5 issues, 0 tariffs.`; empty unfiltered. */
export function selectionStatus(
  index: PreparedDataset,
  state: ViewState,
  selection: Selection,
): string {
  const total = index.meetings.length;
  const filtered = state.actor !== undefined || state.issue !== undefined;
  return filtered
    ? `Showing ${selection.meetings.length} of ${plural(total, "meeting")}, ${plural(selection.issues.length, "issue")}, ${plural(selection.tariffs.length, "tariff")}.`
    : "";
}

/** The selection status line and the tab panel that holds the open view. */
export class ViewPanel {
  /** The status line's element. */
  readonly status: HTMLElement = h("p", { class: "selection-status", "aria-live": "polite" });
  /** The tab panel's element. */
  readonly panel: HTMLElement = h("section", { id: "panel", role: "tabpanel", tabindex: -1 });
  /** Whether the window was narrow at the last drawing. */
  #narrow = window.innerWidth < NARROW;

  /**
   * Draws the view of `state`.
   *
   * @param focusKey - The focus key of the element focused before drawing: the element of the
   * new view with the same key gets the focus back.
   */
  /** The timeline's list, when the timeline is on show. */
  #timeline: TimelineList | undefined;

  render(
    index: PreparedDataset,
    state: ViewState,
    navigator: Navigator,
    focusKey: string | undefined,
    openMeeting: (id: string) => void,
  ): void {
    const panel = this.panel;
    panel.setAttribute("aria-labelledby", `tab-${state.view}`);
    const selection = select(index, state);
    const ctx: ViewContext = {
      index,
      selection,
      state,
      navigate: navigator.navigate,
      openMeeting,
    };
    this.status.textContent = selectionStatus(index, state, selection);
    this.#narrow = window.innerWidth < NARROW;
    const heading = h("h2", { class: "visually-hidden" }, VIEW_HEADING[state.view]);
    this.#timeline = undefined;
    switch (state.view) {
      case "timeline": {
        const { element, list } = timelineView(ctx);
        panel.replaceChildren(heading, element);
        this.#timeline = list;
        list?.draw();
        // A chip in an open row filtered: open the row again, so the chip can get the focus.
        const chip = focusKey?.match(/^chip:[^:]+:[^:]+:(.+)$/);
        if (chip) list?.reveal(chip[1]!, false);
        break;
      }
      case "network":
        panel.replaceChildren(
          heading,
          networkView(ctx, panel.clientWidth || window.innerWidth, focusKey),
        );
        break;
      case "issues":
        panel.replaceChildren(heading, issuesView(ctx));
        break;
      case "tariffs":
        panel.replaceChildren(heading, tariffsView(ctx));
        break;
    }
    if (focusKey) {
      const again = [...panel.querySelectorAll<HTMLElement | SVGElement>("[data-focus-key]")].find(
        (el) => el.dataset.focusKey === focusKey,
      );
      again?.focus();
    }
  }

  /** Scrolls the timeline to a meeting and opens it; `false` when it is not on show. */
  revealMeeting(id: string): boolean {
    return this.#timeline?.reveal(id) ?? false;
  }

  /** Whether a resize calls for drawing `state` again: the network or the timeline, across the phone width. */
  needsRedraw(state: ViewState): boolean {
    return (
      (state.view === "network" || state.view === "timeline") &&
      window.innerWidth < NARROW !== this.#narrow
    );
  }
}
