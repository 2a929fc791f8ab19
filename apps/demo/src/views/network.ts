/**
 * The network: who met whom in the selected meetings. On real data it shows the busiest actors
 * only — the top N with at least a minimum of meetings, both set by the reader — with node sizes
 * capped and labels on the largest nodes (the others show theirs on hover and focus). Each
 * actor is a focusable button that filters every view by that actor; the pairs, folded under
 * the drawing, say the same in words. Large networks are laid out in a worker
 * (see `network-layout.ts`).
 */

import type { Meeting } from "@statecraft/core";
import { h, s } from "../dom.js";
import { formatDate, plural } from "../format.js";
import {
  buildNetwork,
  buildNetworkInSlices,
  limitNetwork,
  type Network,
  type NetworkLimits,
  type PlacedNode,
} from "../network.js";
import { layout } from "../network-layout.js";
import { withFilter } from "../view-state.js";
import type { ViewContext } from "./context.js";

const KIND_LABEL = {
  person: "person",
  state: "state",
  organization: "organisation",
  unknown: "unknown actor",
} as const;

/** The choices of how many actors to draw. */
const TOPS = [25, 50, 100, 200] as const;
/** Nodes that always show their label: the busiest. */
const LABELLED = 15;
/** Pairs listed under the drawing. */
const PAIRS_LISTED = 100;
/** Meetings named per pair. */
const MEETINGS_NAMED = 3;

/** Above this many meetings the network is counted in slices (see `buildNetworkInSlices`). */
const SLICED_ABOVE = 5000;

/** Networks already counted, by the selection's meetings (the same list while filters stay). */
const counted = new WeakMap<readonly Meeting[], Network>();

/** The reader's limits, kept across redraws (not in the URL). */
const limits: { top: number; minMeetings: number } = { top: 50, minMeetings: 1 };

/** The drawing of a laid-out network. */
function drawing(
  ctx: ViewContext,
  network: Network,
  placed: readonly PlacedNode[],
  w: number,
  hgt: number,
): SVGSVGElement {
  const at = new Map(placed.map((node) => [node.id, node]));
  const toggle = (id: string) =>
    ctx.navigate(withFilter(ctx.state, "actor", ctx.state.actor === id ? undefined : id));
  const edges = network.edges.map((edge) => {
    const a = at.get(edge.source)!;
    const b = at.get(edge.target)!;
    const involved =
      ctx.state.actor !== undefined &&
      (edge.source === ctx.state.actor || edge.target === ctx.state.actor);
    return s(
      "line",
      {
        class: involved ? "edge selected" : "edge",
        x1: a.x.toFixed(1),
        y1: a.y.toFixed(1),
        x2: b.x.toFixed(1),
        y2: b.y.toFixed(1),
        "stroke-width": Math.min(1 + Math.log2(edge.meetings.length), 6).toFixed(1),
      },
      s("title", null, `${a.label} – ${b.label}: ${plural(edge.meetings.length, "meeting")}`),
    );
  });
  const nodes = placed.map((node, i) => {
    const selected = ctx.state.actor === node.id;
    const label = `${node.label}, ${KIND_LABEL[node.kind]}, ${plural(node.meetings, "meeting")}. ${
      selected ? "Selected: press to show everyone" : "Press to show only this actor"
    }`;
    const labelled = i < LABELLED || selected;
    return s(
      "g",
      {
        class: `node kind-${node.kind}${selected ? " selected" : ""}${labelled ? "" : " quiet"}`,
        transform: `translate(${node.x.toFixed(1)} ${node.y.toFixed(1)})`,
        tabindex: 0,
        role: "button",
        "aria-pressed": selected ? "true" : "false",
        "aria-label": label,
        "data-id": node.id,
        "data-focus-key": `node:${node.id}`,
        onclick: () => toggle(node.id),
        onkeydown: (event: Event) => {
          const key = (event as KeyboardEvent).key;
          if (key === "Enter" || key === " ") {
            event.preventDefault();
            toggle(node.id);
          }
        },
      },
      s("circle", { r: node.r }),
      // Labels near the sides run inwards, so they stay inside the drawing.
      s(
        "text",
        {
          y: node.r + 14,
          "text-anchor": node.x < w * 0.2 ? "start" : node.x > w * 0.8 ? "end" : "middle",
          x: node.x < w * 0.2 ? -node.r : node.x > w * 0.8 ? node.r : 0,
        },
        node.label,
      ),
    );
  });
  return s(
    "svg",
    {
      class: "network",
      viewBox: `0 0 ${w} ${hgt}`,
      role: "group",
      "aria-busy": "false",
      "aria-label": `Who met whom: ${plural(network.nodes.length, "actor")}, ${plural(network.edges.length, "pair")}. Select an actor to filter every view.`,
    },
    s("g", { class: "edges" }, edges),
    s("g", { class: "nodes" }, nodes),
  );
}

/** The reader's controls: how many actors, and how many meetings at least. */
function controls(ctx: ViewContext, redraw: () => void, most: number): HTMLElement {
  const top = h(
    "select",
    {
      id: "network-top",
      onchange: (event: Event) => {
        limits.top = Number((event.target as HTMLSelectElement).value);
        redraw();
      },
    },
    TOPS.map((n) => h("option", { value: n, selected: n === limits.top }, String(n))),
  );
  const min = h("input", {
    id: "network-min",
    type: "number",
    min: 1,
    max: Math.max(1, most),
    value: limits.minMeetings,
    inputmode: "numeric",
    onchange: (event: Event) => {
      const value = Math.max(1, Math.floor(Number((event.target as HTMLInputElement).value) || 1));
      limits.minMeetings = value;
      redraw();
    },
  });
  void ctx;
  return h(
    "p",
    { class: "network-controls" },
    h("label", { for: "network-top" }, "Show the top "),
    top,
    h("label", { for: "network-min" }, " actors with at least "),
    min,
    " meetings",
  );
}

/** The pairs, folded: the busiest first, a few meetings named for each. */
function pairList(network: Network, names: ReadonlyMap<string, string>): HTMLElement {
  const pairs = [...network.edges].sort((a, b) => b.meetings.length - a.meetings.length);
  const listed = pairs.slice(0, PAIRS_LISTED);
  return h(
    "details",
    { class: "pairs-fold" },
    h(
      "summary",
      null,
      h("h3", null, "Who met whom"),
      ` ${plural(pairs.length, "pair")}${pairs.length > listed.length ? `, the ${listed.length} with most meetings listed` : ""}`,
    ),
    h(
      "ul",
      { class: "pairs" },
      listed.map((edge) => {
        const named = edge.meetings
          .slice(0, MEETINGS_NAMED)
          .map((m) => `${m.title}${m.date ? ` (${formatDate(m.date)})` : ""}`);
        const more = edge.meetings.length - named.length;
        return h(
          "li",
          null,
          h("strong", null, `${names.get(edge.source)} – ${names.get(edge.target)}`),
          `: ${plural(edge.meetings.length, "meeting")} — ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`,
        );
      }),
    ),
  );
}

/**
 * Renders the network of the selected meetings; `width` is the space available, in CSS pixels.
 * `focusKey` is focused again once a layout made in the worker is drawn.
 */
export function networkView(ctx: ViewContext, width: number, focusKey?: string): HTMLElement {
  const meetings = ctx.selection.meetings;
  if (meetings.length === 0)
    return h(
      "p",
      { class: "empty" },
      ctx.index.meetings.length === 0
        ? "This dataset has no meetings, so there is no one to connect."
        : "No meetings match the filters, so nobody met.",
    );
  const view = h("div", { class: "network-view" });
  const known = counted.get(meetings);
  if (known || meetings.length <= SLICED_ABOVE) {
    const network = known ?? buildNetwork(ctx.index, meetings);
    counted.set(meetings, network);
    drawNetwork(view, ctx, network, width, focusKey);
  } else {
    view.replaceChildren(
      h(
        "p",
        { class: "meta laying-out", "aria-busy": "true" },
        `Counting who met whom in ${plural(meetings.length, "meeting")}…`,
      ),
    );
    void buildNetworkInSlices(ctx.index, meetings).then((network) => {
      counted.set(meetings, network);
      if (view.isConnected) drawNetwork(view, ctx, network, width, focusKey);
    });
  }
  return view;
}

/** Draws a counted network into `view`, within the reader's limits. */
function drawNetwork(
  view: HTMLElement,
  ctx: ViewContext,
  full: Network,
  width: number,
  focusKey: string | undefined,
): void {
  const draw = () => {
    const network = limitNetwork(full, limits as NetworkLimits, ctx.state.actor);
    const narrow = width < 600;
    const w = Math.max(320, Math.min(width, 960));
    const hgt = Math.round(narrow ? w * 1.25 : w * 0.58);
    const names = new Map(full.nodes.map((node) => [node.id, node.label]));
    const shown =
      network.nodes.length < full.nodes.length
        ? h(
            "p",
            { class: "meta" },
            `Showing ${plural(network.nodes.length, "actor")} of ${full.nodes.length.toLocaleString("en")}: those with most meetings.`,
          )
        : null;
    // The drawing's space is kept while a large network is laid out, so nothing moves.
    const frame = h("div", { class: "network-frame", style: `aspect-ratio:${w}/${hgt}` });
    view.replaceChildren(
      h(
        "ul",
        { class: "legend", "aria-label": "Kinds of actor" },
        (["person", "state", "organization"] as const).map((kind) =>
          h(
            "li",
            null,
            h("span", { class: `swatch kind-${kind}`, "aria-hidden": "true" }),
            KIND_LABEL[kind],
          ),
        ),
      ),
      full.nodes.length > TOPS[0] || limits.minMeetings > 1
        ? controls(ctx, draw, full.nodes[0]!.meetings)
        : "",
      shown ?? "",
      frame,
      pairList(network, names),
    );
    if (network.nodes.length === 0) {
      frame.replaceChildren(
        h("p", { class: "empty" }, "No actor has that many meetings: lower the minimum."),
      );
      return;
    }
    const placed = layout(network, w, hgt, narrow ? 40 : 64);
    if (Array.isArray(placed)) frame.replaceChildren(drawing(ctx, network, placed, w, hgt));
    else {
      frame.replaceChildren(
        h("p", { class: "meta laying-out", "aria-busy": "true" }, "Laying out the network…"),
      );
      void placed.then((nodes) => {
        if (!frame.isConnected) return;
        frame.replaceChildren(drawing(ctx, network, nodes, w, hgt));
        if (focusKey)
          frame.querySelector<SVGElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
      });
    }
  };
  draw();
}
