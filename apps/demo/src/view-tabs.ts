/**
 * The tabs over the four views: a click, or the arrow, Home and End keys, moves to another view
 * (keeping the filters).
 */
import { h } from "./dom.js";
import type { Navigator } from "./router.js";
import { VIEWS, type View } from "./view-state.js";

const VIEW_LABEL: Record<View, string> = {
  timeline: "Timeline",
  network: "Network",
  issues: "Issues",
  tariffs: "Tariffs",
};

/** The tab list; the selected tab is the one in the tab order. */
export class ViewTabs {
  /** The tab list's element. */
  readonly element: HTMLElement;
  readonly #tabs: HTMLButtonElement[];

  /** Builds the tabs; they move between views through `navigator`. */
  constructor(navigator: Navigator) {
    this.#tabs = VIEWS.map((view) =>
      h(
        "button",
        {
          type: "button",
          role: "tab",
          id: `tab-${view}`,
          "aria-controls": "panel",
          "data-view": view,
        },
        VIEW_LABEL[view],
      ),
    );
    this.element = h("div", { role: "tablist", "aria-label": "Views", class: "tabs" }, this.#tabs);
    for (const tab of this.#tabs) {
      tab.addEventListener("click", () =>
        navigator.navigate({ ...navigator.state, view: tab.dataset.view as View }),
      );
      tab.addEventListener("keydown", (event) => {
        const i = VIEWS.indexOf(tab.dataset.view as View);
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[
          event.key
        ];
        if (to === undefined) return;
        event.preventDefault();
        const view = VIEWS[(to + VIEWS.length) % VIEWS.length]!;
        navigator.navigate({ ...navigator.state, view });
        this.#tabs[VIEWS.indexOf(view)]!.focus();
      });
    }
  }

  /** Marks `view`'s tab as selected. */
  show(view: View): void {
    for (const tab of this.#tabs) {
      const selected = tab.dataset.view === view;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }
}
