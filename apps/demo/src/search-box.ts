/**
 * Search-first navigation: a type-ahead box over the actors, issues and meetings of the dataset
 * on show (an ARIA combobox). Choosing an actor or an issue filters every view by it; choosing
 * a meeting opens it in the timeline. Names are matched case-insensitively, those that start
 * with the text first; at most {@link MAX_RESULTS} are listed.
 */
import { actorDisplayName } from "@statecraft/core";
import { h } from "./dom.js";
import { formatDate } from "./format.js";
import type { PreparedDataset } from "./prepared-dataset.js";

/** How many matches the list shows. */
export const MAX_RESULTS = 10;

/** Something to find. */
export interface SearchEntry {
  readonly kind: "actor" | "issue" | "meeting";
  readonly id: string;
  readonly label: string;
  /** What is shown after the label: a meeting's date. */
  readonly detail?: string;
  /** The label in lower case, for matching. */
  readonly key: string;
}

/** Everything a dataset offers to find: actors, issues, then meetings. */
export function searchEntries(dataset: PreparedDataset): SearchEntry[] {
  const entry = (kind: SearchEntry["kind"], id: string, label: string, detail?: string) => ({
    kind,
    id,
    label,
    key: label.toLowerCase(),
    ...(detail ? { detail } : {}),
  });
  return [
    ...dataset.ofType("actor").map((a) => entry("actor", a.id, actorDisplayName(a))),
    ...dataset.ofType("issue").map((i) => entry("issue", i.id, i.name)),
    ...dataset.meetings.map((m) => entry("meeting", m.id, m.title, m.date)),
  ];
}

/** The entries matching `text`: those starting with it first, then those containing it. */
export function findEntries(entries: readonly SearchEntry[], text: string): SearchEntry[] {
  const query = text.trim().toLowerCase();
  if (query === "") return [];
  const starts: SearchEntry[] = [];
  const contains: SearchEntry[] = [];
  for (const entry of entries) {
    const at = entry.key.indexOf(query);
    if (at === 0) {
      starts.push(entry);
      if (starts.length >= MAX_RESULTS) break;
    } else if (at > 0 && contains.length < MAX_RESULTS) contains.push(entry);
  }
  return [...starts, ...contains].slice(0, MAX_RESULTS);
}

const KIND_WORD = { actor: "Actor", issue: "Issue", meeting: "Meeting" } as const;

/** The search box; {@link SearchBox.use} sets the dataset it searches. */
export class SearchBox {
  /** The box's element. */
  readonly element: HTMLElement;
  readonly #input = h("input", {
    id: "search",
    type: "search",
    role: "combobox",
    autocomplete: "off",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "search-results",
    placeholder: "Actor, issue or meeting",
  });
  readonly #list = h("ul", {
    id: "search-results",
    role: "listbox",
    class: "search-results",
    hidden: true,
  });
  #dataset: PreparedDataset | undefined;
  #entries: SearchEntry[] | undefined;
  #matches: SearchEntry[] = [];
  #active = -1;

  /** Builds the box; `onChoose` receives what the reader picks. */
  constructor(onChoose: (entry: SearchEntry) => void) {
    this.element = h(
      "span",
      { class: "field search" },
      h("label", { for: "search" }, "Find"),
      this.#input,
      this.#list,
    );
    const choose = (entry: SearchEntry | undefined) => {
      if (!entry) return;
      this.#close();
      this.#input.value = "";
      onChoose(entry);
    };
    this.#input.addEventListener("input", () => this.#update());
    this.#input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (this.#matches.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        this.#activate((this.#active + step + this.#matches.length) % this.#matches.length);
      } else if (event.key === "Enter") {
        event.preventDefault();
        choose(this.#matches[Math.max(this.#active, 0)]);
      } else if (event.key === "Escape") this.#close();
    });
    this.#input.addEventListener("blur", () => setTimeout(() => this.#close(), 150));
    this.#list.addEventListener("mousedown", (event) => event.preventDefault());
    this.#list.addEventListener("click", (event) => {
      const item = (event.target as Element).closest<HTMLElement>("[data-index]");
      if (item) choose(this.#matches[Number(item.dataset.index)]);
    });
  }

  /** Searches `dataset` from now on (its entries are listed on the first keystroke). */
  use(dataset: PreparedDataset): void {
    this.#dataset = dataset;
    this.#entries = undefined;
    this.#close();
  }

  #update(): void {
    if (!this.#dataset) return;
    this.#entries ??= searchEntries(this.#dataset);
    this.#matches = findEntries(this.#entries, this.#input.value);
    this.#list.replaceChildren(
      ...this.#matches.map((entry, i) =>
        h(
          "li",
          { id: `search-result-${i}`, role: "option", "data-index": i, "aria-selected": "false" },
          h("span", { class: "kind" }, KIND_WORD[entry.kind]),
          " ",
          entry.label,
          entry.detail ? h("span", { class: "meta" }, ` · ${formatDate(entry.detail)}`) : null,
        ),
      ),
    );
    const open = this.#matches.length > 0;
    this.#list.hidden = !open;
    this.#input.setAttribute("aria-expanded", String(open));
    this.#activate(-1);
  }

  #activate(i: number): void {
    this.#active = i;
    for (const [at, item] of [...this.#list.children].entries())
      item.setAttribute("aria-selected", String(at === i));
    if (i >= 0) this.#input.setAttribute("aria-activedescendant", `search-result-${i}`);
    else this.#input.removeAttribute("aria-activedescendant");
  }

  #close(): void {
    this.#list.hidden = true;
    this.#input.setAttribute("aria-expanded", "false");
    this.#active = -1;
  }
}
