/**
 * The timeline: one row per meeting, a bar drawn from the earliest to the latest instant its
 * date may denote (so `2024-04` or "next week" shows as a span), styled by status, grouped by
 * year with counts. A trip's legs sit under the trip.
 *
 * The list is virtual: only the rows in and near the scrolled window exist in the DOM, at a
 * fixed height each, so 50,000 meetings scroll like 50. A row's details (who took part, agenda,
 * outcomes, sources) are built when it is opened; one row is open at a time. `#meeting-id` in
 * the URL opens a meeting (see {@link TimelineList.reveal}).
 */
import type { Meeting } from "@statecraft/core";
import { h } from "../dom.js";
import { attendanceLabel, formatDate, MONTHS, plural, words } from "../format.js";
import type { Bounds } from "../prepared-dataset.js";
import { type TimeScale, timeScale } from "../time-scale.js";
import { withFilter } from "../view-state.js";
import { citationList } from "./citations.js";
import { actorName, issueName, meetingLink, type ViewContext } from "./context.js";

/** The height of a row, in CSS pixels, on a laptop and on a phone (the track under the text). */
export const ROW_HEIGHT = { wide: 56, narrow: 92 } as const;
/** Below this width (px) rows are laid out for a phone (the stylesheet's breakpoint). */
const NARROW_ROWS = "(max-width: 600px)";
/** Rows drawn beyond each edge of the scrolled window. */
const OVERSCAN = 12;

const STATUS_HELP: Record<Meeting["status"], string> = {
  held: "took place",
  confirmed: "confirmed, yet to take place",
  planned: "announced, yet to take place",
  expected: "reported but not confirmed",
  postponed: "postponed",
  cancelled: "cancelled",
};

function place(ctx: ViewContext, meeting: Pick<Meeting, "location">): string | undefined {
  const loc = meeting.location;
  if (!loc) return undefined;
  const parts = [
    loc.place,
    loc.city,
    loc.region,
    loc.state ? actorName(ctx.index, loc.state) : undefined,
  ];
  return parts.filter(Boolean).join(", ") || undefined;
}

function filterButton(
  ctx: ViewContext,
  meeting: Meeting,
  key: "actor" | "issue",
  id: string,
  label: string,
): HTMLElement {
  const active = ctx.state[key] === id;
  return h(
    "button",
    {
      type: "button",
      class: "chip",
      "aria-pressed": active ? "true" : "false",
      // The row opens again after the filter applies, and this chip gets the focus back.
      "data-focus-key": `chip:${key}:${id}:${meeting.id}`,
      title: active ? `Stop filtering by ${label}` : `Show only what involves ${label}`,
      onclick: () => ctx.navigate(withFilter(ctx.state, key, active ? undefined : id)),
    },
    label,
  );
}

function details(ctx: ViewContext, meeting: Meeting): HTMLElement {
  const parent = meeting.parent ? ctx.index.getOf("meeting", meeting.parent) : undefined;
  return h(
    "div",
    { class: "meeting-details" },
    meeting.description ? h("p", null, meeting.description) : null,
    h(
      "p",
      { class: "meta" },
      h("a", { href: `#${encodeURIComponent(meeting.id)}` }, "Link to this meeting"),
    ),
    parent ? h("p", null, "Part of ", meetingLink(ctx, parent.id, parent.title), ".") : null,
    ...(meeting.partOf ?? []).map((id) => {
      const event = ctx.index.getOf("meeting", id);
      return h("p", null, "Also part of ", meetingLink(ctx, id, event?.title ?? id), ".");
    }),
    meeting.rescheduledAs
      ? h(
          "p",
          null,
          "Rescheduled as ",
          meetingLink(
            ctx,
            meeting.rescheduledAs,
            ctx.index.getOf("meeting", meeting.rescheduledAs)?.title ?? meeting.rescheduledAs,
          ),
          ".",
        )
      : null,
    h("h4", null, "Participants"),
    h(
      "ul",
      { class: "participants" },
      meeting.participants.map((p) =>
        h(
          "li",
          null,
          filterButton(ctx, meeting, "actor", p.actor, actorName(ctx.index, p.actor)),
          ` ${words(p.role)}`,
          p.capacity ? `, as ${p.capacity}` : null,
          p.representing ? `, for ${actorName(ctx.index, p.representing)}` : null,
          " · ",
          h("span", { class: `attendance attendance-${p.attendance}` }, attendanceLabel(p)),
          p.location ? ` from ${place(ctx, p)}` : null,
        ),
      ),
    ),
    meeting.agenda && meeting.agenda.length > 0
      ? [
          h("h4", null, "Agenda"),
          h(
            "ul",
            { class: "agenda" },
            meeting.agenda.map((item) =>
              h(
                "li",
                null,
                filterButton(ctx, meeting, "issue", item.issue, issueName(ctx.index, item.issue)),
                item.note ? ` ${item.note}` : null,
              ),
            ),
          ),
        ]
      : null,
    meeting.outcomes && meeting.outcomes.length > 0
      ? [
          h("h4", null, "Outcomes"),
          h(
            "ul",
            null,
            meeting.outcomes.map((outcome) =>
              h("li", null, outcome.description, citationList(ctx.index, outcome.sources)),
            ),
          ),
        ]
      : null,
    meeting.sources && meeting.sources.length > 0
      ? [h("h4", null, "Sources"), citationList(ctx.index, meeting.sources)]
      : null,
  );
}

/** A row of the list: a year's heading, or a meeting. */
type Item =
  | { readonly kind: "year"; readonly label: string; readonly count: number }
  | {
      readonly kind: "meeting";
      readonly meeting: Meeting;
      readonly depth: number;
      readonly bounds: Bounds | undefined;
      readonly ordinal: number;
    };

/** The rows, and what the axis and legend need, from one pass over the meetings. */
interface Rows {
  readonly items: Item[];
  /** The earliest and latest finite instants of the meetings' dates. */
  readonly min: number;
  readonly max: number;
  readonly statuses: ReadonlySet<Meeting["status"]>;
}

/** The rows: each run of meetings starting in one year under that year's heading, with its count. */
function rows(ctx: ViewContext, meetings: readonly Meeting[]): Rows {
  const items: Item[] = [];
  const statuses = new Set<Meeting["status"]>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let heading: { kind: "year"; label: string; count: number } | undefined;
  let ordinal = 0;
  const whole = meetings.length === ctx.index.meetings.length;
  const shown = whole ? undefined : new Set(meetings.map((m) => m.id));
  for (const meeting of meetings) {
    const facts = ctx.index.factsOf(meeting);
    statuses.add(meeting.status);
    const b = facts.bounds;
    if (b !== undefined) {
      if (Number.isFinite(b.earliest) && b.earliest < min) min = b.earliest;
      if (Number.isFinite(b.latest) && b.latest > max) max = b.latest;
      if (Number.isFinite(b.latest) && b.latest < min) min = b.latest;
      if (Number.isFinite(b.earliest) && b.earliest > max) max = b.earliest;
    }
    // A leg whose trip the filters left out is not indented.
    const depth =
      shown === undefined || (meeting.parent !== undefined && shown.has(meeting.parent))
        ? facts.depth
        : 0;
    const year = facts.year === undefined ? "Undated" : String(facts.year);
    if (heading === undefined || (depth === 0 && year !== heading.label)) {
      heading = { kind: "year", label: year, count: 0 };
      items.push(heading);
    }
    heading.count++;
    items.push({ kind: "meeting", meeting, depth, bounds: facts.bounds, ordinal: ++ordinal });
  }
  return { items, min, max, statuses };
}

/** The period a state zooms to, as bounds (UTC). */
function periodBounds(period: string): Bounds {
  const [year, month] = period.split("-").map(Number) as [number, number | undefined];
  return month === undefined
    ? { earliest: Date.UTC(year, 0, 1), latest: Date.UTC(year + 1, 0, 1) - 1 }
    : { earliest: Date.UTC(year, month - 1, 1), latest: Date.UTC(year, month, 1) - 1 };
}

/**
 * The two-level zoom: a year (with its count of meetings), then a month of that year. Hides the
 * meetings outside the period.
 */
function periodPicker(ctx: ViewContext, all: readonly Meeting[]): HTMLElement | null {
  const years = new Map<number, number>();
  const months = new Map<number, number>();
  const year = ctx.state.period === undefined ? undefined : Number(ctx.state.period.slice(0, 4));
  for (const meeting of all) {
    const b = ctx.index.factsOf(meeting).bounds;
    if (b === undefined || !Number.isFinite(b.earliest)) continue;
    const start = new Date(b.earliest);
    const y = start.getUTCFullYear();
    years.set(y, (years.get(y) ?? 0) + 1);
    if (y === year)
      months.set(start.getUTCMonth() + 1, (months.get(start.getUTCMonth() + 1) ?? 0) + 1);
  }
  if (year !== undefined && !years.has(year)) years.set(year, 0);
  if (years.size === 0) return null;
  const go = (period: string | undefined) => ctx.navigate(withFilter(ctx.state, "period", period));
  const yearSelect = h(
    "select",
    {
      id: "period",
      "data-focus-key": "period",
      onchange: (event: Event) => go((event.target as HTMLSelectElement).value || undefined),
    },
    h("option", { value: "" }, "All years"),
    [...years]
      .sort((a, b) => a[0] - b[0])
      .map(([y, count]) =>
        h(
          "option",
          { value: String(y), selected: y === year },
          `${y} (${count.toLocaleString("en")})`,
        ),
      ),
  );
  const month = ctx.state.period?.length === 7 ? ctx.state.period : undefined;
  const monthSelect =
    year === undefined
      ? null
      : h(
          "select",
          {
            id: "period-month",
            "data-focus-key": "period-month",
            onchange: (event: Event) =>
              go((event.target as HTMLSelectElement).value || String(year)),
          },
          h("option", { value: "" }, `All of ${year}`),
          MONTHS.map((name, i) => {
            const value = `${year}-${String(i + 1).padStart(2, "0")}`;
            const count = months.get(i + 1) ?? 0;
            return count === 0 && value !== month
              ? null
              : h(
                  "option",
                  { value, selected: value === month },
                  `${name} (${count.toLocaleString("en")})`,
                );
          }),
        );
  return h(
    "p",
    { class: "period" },
    h("label", { for: "period" }, "Zoom to "),
    yearSelect,
    monthSelect
      ? [" ", h("label", { for: "period-month", class: "visually-hidden" }, "Month"), monthSelect]
      : null,
  );
}

/** The gridlines at the axis' ticks: a few lines the height of the whole list, behind the rows. */
function gridlines(scale: TimeScale): HTMLElement {
  return h(
    "div",
    { class: "timeline-grid", "aria-hidden": "true" },
    h("span", { class: "axis-spacer" }),
    h(
      "span",
      { class: "grid-track" },
      scale.ticks.map((tick) =>
        h("span", { class: "gridline", style: `left:${(tick.position * 100).toFixed(3)}%` }),
      ),
    ),
  );
}

/** The virtual list of rows, in a scrolling box of its own. */
export class TimelineList {
  /** The scrolling box. */
  readonly element: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #items: Item[];
  readonly #ctx: ViewContext;
  readonly #scale: TimeScale;
  readonly #rows = new Map<number, HTMLLIElement>();
  #open = -1;
  #openExtra = 0;
  #frame = 0;
  readonly #rowHeight = matchMedia(NARROW_ROWS).matches ? ROW_HEIGHT.narrow : ROW_HEIGHT.wide;
  readonly #grid: HTMLElement;

  constructor(ctx: ViewContext, items: Item[], scale: TimeScale, label: string) {
    this.#ctx = ctx;
    this.#items = items;
    this.#scale = scale;
    this.#list = h("ol", { class: "timeline", "aria-label": label });
    this.#grid = gridlines(scale);
    this.element = h("div", { class: "timeline-scroller" }, this.#grid, this.#list);
    this.element.style.setProperty("--row-height", `${this.#rowHeight}px`);
    this.element.addEventListener("scroll", () => this.#schedule(), { passive: true });
    this.#layout();
  }

  /** The index of the first row of meeting `id`, or -1. */
  indexOf(id: string): number {
    return this.#items.findIndex((item) => item.kind === "meeting" && item.meeting.id === id);
  }

  /**
   * Scrolls to a meeting, opens it and (unless `focus` is `false`) focuses it; `false` when it
   * is not in the list.
   */
  reveal(id: string, focus = true): boolean {
    const i = this.indexOf(id);
    if (i < 0) return false;
    this.#toggle(i, true);
    this.element.scrollTop = Math.max(0, this.#top(i) - this.#rowHeight);
    this.draw();
    const row = this.#rows.get(i);
    if (focus) row?.querySelector("summary")?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: "nearest" });
    return true;
  }

  #top(i: number): number {
    return i * this.#rowHeight + (this.#open >= 0 && i > this.#open ? this.#openExtra : 0);
  }

  #indexAt(y: number): number {
    const open = this.#open;
    if (open < 0 || y < (open + 1) * this.#rowHeight) return Math.floor(y / this.#rowHeight);
    if (y < (open + 1) * this.#rowHeight + this.#openExtra) return open;
    return Math.floor((y - this.#openExtra) / this.#rowHeight);
  }

  #layout(): void {
    const height = `${this.#items.length * this.#rowHeight + this.#openExtra}px`;
    this.#list.style.height = height;
    this.#grid.style.height = height;
  }

  #schedule(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.draw();
    });
  }

  /** Puts the rows of the scrolled window (and a margin) in the DOM, and takes the others out. */
  draw(): void {
    const top = this.element.scrollTop;
    const height = this.element.clientHeight || window.innerHeight;
    const first = Math.max(0, this.#indexAt(top) - OVERSCAN);
    const last = Math.min(this.#items.length - 1, this.#indexAt(top + height) + OVERSCAN);
    const focused = document.activeElement;
    for (const [i, row] of this.#rows) {
      if ((i < first || i > last) && i !== this.#open && !row.contains(focused)) {
        row.remove();
        this.#rows.delete(i);
      }
    }
    for (let i = first; i <= last; i++) {
      let row = this.#rows.get(i);
      if (!row) {
        row = this.#row(i);
        this.#rows.set(i, row);
        this.#list.append(row);
      }
      row.style.transform = `translateY(${this.#top(i)}px)`;
    }
    for (const [i, row] of this.#rows) row.style.transform = `translateY(${this.#top(i)}px)`;
  }

  #row(i: number): HTMLLIElement {
    const item = this.#items[i]!;
    if (item.kind === "year") {
      return h(
        "li",
        { class: "year-heading" },
        h("h3", null, item.label),
        h("span", { class: "year-count" }, plural(item.count, "meeting")),
      );
    }
    const { meeting, bounds, depth } = item;
    const ctx = this.#ctx;
    const scale = this.#scale;
    const date = meeting.date ? formatDate(meeting.date) : "undated";
    const where = place(ctx, meeting);
    const meta = [date, words(meeting.kind), where].filter(Boolean).join(" · ");
    let bar: HTMLElement | null = null;
    if (bounds) {
      const left = Math.max(scale.position(bounds.earliest), -0.01);
      const right = Math.min(scale.position(bounds.latest), 1.01);
      if (right >= 0 && left <= 1)
        bar = h("span", {
          // A flat edge: the date runs on beyond the axis (an open interval, or a zoomed period).
          class: `bar status-${meeting.status}${bounds.earliest < scale.start ? " open-start" : ""}${bounds.latest > scale.end ? " open-end" : ""}`,
          style: `left:${(Math.max(left, 0) * 100).toFixed(3)}%;width:${((Math.min(right, 1) - Math.max(left, 0)) * 100).toFixed(3)}%`,
        });
    }
    const summary = h(
      "summary",
      {
        "data-focus-key": `meeting:${meeting.id}`,
        onclick: (event: Event) => {
          event.preventDefault();
          this.#toggle(i, this.#open !== i);
          this.draw();
          this.#rows.get(i)?.querySelector("summary")?.focus();
        },
      },
      h(
        "span",
        { class: "meeting-text" },
        h("span", { class: "meeting-title" }, meeting.title),
        h("span", { class: "meeting-meta" }, meta),
      ),
      h("span", { class: `status status-${meeting.status}` }, meeting.status),
      // The gridlines are drawn once for the whole list (see `gridlines`), not in every row.
      h("span", { class: "track", "aria-hidden": "true" }, bar),
    );
    const row = h(
      "li",
      {
        class: `meeting depth-${Math.min(depth, 3)}`,
        "data-id": meeting.id,
        id: meeting.id,
        "aria-posinset": item.ordinal,
        "aria-setsize": this.#ctx.selection.meetings.length,
      },
      h("details", null, summary),
    );
    if (this.#open === i) this.#fill(row);
    return row;
  }

  /** Builds the details of an open row and measures them. */
  #fill(row: HTMLLIElement): void {
    const item = this.#items[this.#open];
    if (item?.kind !== "meeting") return;
    const detailsElement = row.querySelector("details")!;
    detailsElement.append(details(this.#ctx, item.meeting));
    detailsElement.open = true;
    row.classList.add("open");
    this.#list.append(row);
    this.#openExtra = Math.max(0, row.offsetHeight - this.#rowHeight);
    this.#layout();
  }

  /** Opens row `i` (closing the one open) or closes it. */
  #toggle(i: number, open: boolean): void {
    for (const at of [this.#open, i]) {
      this.#rows.get(at)?.remove();
      this.#rows.delete(at);
    }
    this.#open = -1;
    this.#openExtra = 0;
    if (open) {
      this.#open = i;
      this.#rows.set(i, this.#row(i));
    }
    this.#layout();
  }
}

/** Renders the timeline of the selected meetings. */
export function timelineView(ctx: ViewContext): {
  element: HTMLElement;
  list: TimelineList | undefined;
} {
  const { period } = ctx.state;
  const all = ctx.selection.meetings;
  const zoom = period === undefined ? undefined : periodBounds(period);
  const meetings =
    zoom === undefined
      ? all
      : all.filter((m) => {
          const b = ctx.index.factsOf(m).bounds;
          return b !== undefined && b.earliest <= zoom.latest && b.latest >= zoom.earliest;
        });
  const picker = periodPicker(ctx, all);
  if (meetings.length === 0) {
    const none = ctx.index.meetings.length === 0;
    return {
      element: h(
        "div",
        { class: "timeline-view" },
        picker,
        h(
          "p",
          { class: "empty" },
          none
            ? "This dataset has no meetings."
            : `No meetings match the filters${period ? ` in ${formatDate(period)}` : ""}.`,
        ),
      ),
      list: undefined,
    };
  }
  const { items, min, max, statuses } = rows(ctx, meetings);
  const scale = timeScale(
    zoom !== undefined ? [zoom] : Number.isFinite(min) ? [{ earliest: min, latest: max }] : [],
  );
  const hidden = all.length - meetings.length;
  const list = new TimelineList(
    ctx,
    items,
    scale,
    `${plural(meetings.length, "meeting")} in date order`,
  );
  const element = h(
    "div",
    { class: "timeline-view" },
    h(
      "div",
      { class: "timeline-tools" },
      picker,
      hidden > 0
        ? h(
            "p",
            { class: "meta" },
            `${plural(hidden, "meeting")} outside ${formatDate(period!)} not shown.`,
          )
        : null,
    ),
    h(
      "ul",
      { class: "legend", "aria-label": "Status" },
      [...statuses].map((status) =>
        h(
          "li",
          null,
          h("span", { class: `swatch status-${status}`, "aria-hidden": "true" }),
          `${status}: ${STATUS_HELP[status]}`,
        ),
      ),
    ),
    h(
      "div",
      { class: "axis", "aria-hidden": "true" },
      h("span", { class: "axis-spacer" }),
      h(
        "span",
        { class: "axis-track" },
        scale.ticks.map((tick) =>
          h(
            "span",
            {
              class: tick.major ? "tick major" : "tick",
              style: `left:${(tick.position * 100).toFixed(3)}%`,
            },
            tick.label,
          ),
        ),
      ),
    ),
    list.element,
  );
  return { element, list };
}
