/**
 * The timeline: one row per meeting, a bar drawn from the earliest to the latest instant its
 * date may denote (so `2024-04` or "next week" shows as a span), styled by status. A trip's
 * legs sit under the trip. Each row opens to show who took part, the agenda, outcomes and
 * sources.
 */
import { dateBounds, datesOverlap, type Meeting } from "@statecraft/core";
import { h } from "../dom.js";
import { formatDate, plural, words } from "../format.js";
import { type Bounds, timeScale, zoomPeriods } from "../time-scale.js";
import { withFilter } from "../view-state.js";
import { citationList } from "./citations.js";
import { actorName, issueName, type ViewContext } from "./context.js";

const STATUS_HELP: Record<Meeting["status"], string> = {
  held: "took place",
  confirmed: "confirmed, yet to take place",
  planned: "announced, yet to take place",
  expected: "reported but not confirmed",
  postponed: "postponed",
  cancelled: "cancelled",
};

/** Orders meetings so each trip's legs follow the trip, keeping date order otherwise. */
function nest(meetings: readonly Meeting[]): { meeting: Meeting; depth: number }[] {
  const ids = new Set(meetings.map((m) => m.id));
  const children = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    if (meeting.parent !== undefined && ids.has(meeting.parent)) {
      const list = children.get(meeting.parent);
      if (list) list.push(meeting);
      else children.set(meeting.parent, [meeting]);
    }
  }
  const out: { meeting: Meeting; depth: number }[] = [];
  const visit = (meeting: Meeting, depth: number, seen: Set<string>) => {
    if (seen.has(meeting.id)) return;
    seen.add(meeting.id);
    out.push({ meeting, depth });
    for (const child of children.get(meeting.id) ?? []) visit(child, depth + 1, seen);
  };
  const seen = new Set<string>();
  for (const meeting of meetings) {
    if (meeting.parent === undefined || !ids.has(meeting.parent)) visit(meeting, 0, seen);
  }
  return out;
}

function place(ctx: ViewContext, meeting: Meeting): string | undefined {
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
    parent ? h("p", null, "Part of ", h("strong", null, parent.title), ".") : null,
    h("h4", null, "Participants"),
    h(
      "ul",
      { class: "participants" },
      meeting.participants.map((p) =>
        h(
          "li",
          null,
          filterButton(ctx, "actor", p.actor, actorName(ctx.index, p.actor)),
          ` ${words(p.role)}`,
          p.capacity ? `, as ${p.capacity}` : null,
          p.representing ? `, for ${actorName(ctx.index, p.representing)}` : null,
          " · ",
          h("span", { class: `attendance attendance-${p.attendance}` }, words(p.attendance)),
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
                filterButton(ctx, "issue", item.issue, issueName(ctx.index, item.issue)),
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

/** The period picker: zooms the axis and hides meetings outside the period. */
function periodPicker(ctx: ViewContext, all: readonly Meeting[]): HTMLElement | null {
  const periods = zoomPeriods(
    all.flatMap((m) => (m.date === undefined ? [] : [dateBounds(m.date)])),
  );
  if (ctx.state.period !== undefined && !periods.includes(ctx.state.period))
    periods.push(ctx.state.period);
  if (periods.length === 0) return null;
  const picker = h(
    "select",
    {
      id: "period",
      "data-focus-key": "period",
      onchange: (event: Event) =>
        ctx.navigate(
          withFilter(ctx.state, "period", (event.target as HTMLSelectElement).value || undefined),
        ),
    },
    h("option", { value: "" }, "All dates"),
    periods.map((period) =>
      h("option", { value: period, selected: period === ctx.state.period }, formatDate(period)),
    ),
  );
  return h("p", { class: "period" }, h("label", { for: "period" }, "Zoom to "), picker);
}

/** Renders the timeline of the selected meetings. */
export function timelineView(ctx: ViewContext): HTMLElement {
  const { period } = ctx.state;
  const all = ctx.selection.meetings;
  const meetings =
    period === undefined
      ? all
      : all.filter((m) => m.date !== undefined && datesOverlap(m.date, period));
  const picker = periodPicker(ctx, all);
  if (meetings.length === 0) {
    return h(
      "div",
      { class: "timeline-view" },
      picker,
      h(
        "p",
        { class: "empty" },
        `No meetings match the filters${period ? ` in ${formatDate(period)}` : ""}.`,
      ),
    );
  }
  const bounds = new Map<string, Bounds>();
  for (const meeting of meetings)
    if (meeting.date !== undefined) bounds.set(meeting.id, dateBounds(meeting.date));
  const scale = timeScale(period === undefined ? [...bounds.values()] : [dateBounds(period)]);
  const statuses = [...new Set(meetings.map((m) => m.status))];
  const hidden = all.length - meetings.length;
  const gridlines = () =>
    scale.ticks.map((tick) =>
      h("span", { class: "gridline", style: `left:${(tick.position * 100).toFixed(3)}%` }),
    );

  return h(
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
      statuses.map((status) =>
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
    h(
      "ol",
      { class: "timeline", "aria-label": `${plural(meetings.length, "meeting")} in date order` },
      nest(meetings).map(({ meeting, depth }) => {
        const b = bounds.get(meeting.id);
        const date = meeting.date ? formatDate(meeting.date) : "undated";
        const where = place(ctx, meeting);
        const meta = [date, words(meeting.kind), where].filter(Boolean).join(" · ");
        let bar: HTMLElement | null = null;
        if (b) {
          const left = scale.position(b.earliest);
          const right = scale.position(b.latest);
          bar = h("span", {
            // A flat edge: the date runs on beyond the axis (an open interval, or a zoomed period).
            class: `bar status-${meeting.status}${b.earliest < scale.start ? " open-start" : ""}${b.latest > scale.end ? " open-end" : ""}`,
            style: `left:${(left * 100).toFixed(3)}%;width:${((right - left) * 100).toFixed(3)}%`,
          });
        }
        return h(
          "li",
          { class: `meeting depth-${Math.min(depth, 3)}`, "data-id": meeting.id },
          h(
            "details",
            null,
            h(
              "summary",
              { "data-focus-key": `meeting:${meeting.id}` },
              h(
                "span",
                { class: "meeting-text" },
                h("span", { class: "meeting-title" }, meeting.title),
                h("span", { class: "meeting-meta" }, meta),
              ),
              h("span", { class: `status status-${meeting.status}` }, meeting.status),
              h("span", { class: "track", "aria-hidden": "true" }, gridlines(), bar),
            ),
            details(ctx, meeting),
          ),
        );
      }),
    ),
  );
}
