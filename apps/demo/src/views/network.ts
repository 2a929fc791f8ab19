/**
 * The network: who met whom in the selected meetings. Each actor is a focusable button that
 * filters every view by that actor; the list under the drawing says the same in words.
 */
import { h, s } from "../dom.js";
import { formatDate, plural } from "../format.js";
import { buildNetwork, layoutNetwork } from "../network.js";
import { withFilter } from "../view-state.js";
import type { ViewContext } from "./context.js";

const KIND_LABEL = {
  person: "person",
  state: "state",
  organization: "organisation",
  unknown: "unknown actor",
} as const;

/** Renders the network of the selected meetings; `width` is the space available, in CSS pixels. */
export function networkView(ctx: ViewContext, width: number): HTMLElement {
  const network = buildNetwork(ctx.index, ctx.selection.meetings);
  if (network.nodes.length === 0)
    return h("p", { class: "empty" }, "No meetings match the filters, so nobody met.");
  const narrow = width < 600;
  const w = Math.max(320, Math.min(width, 960));
  const hgt = Math.round(narrow ? w * 1.25 : w * 0.58);
  const placed = layoutNetwork(network, w, hgt, narrow ? 40 : 64);
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
        "stroke-width": Math.min(1.5 + edge.meetings.length, 8),
      },
      s("title", null, `${a.label} – ${b.label}: ${plural(edge.meetings.length, "meeting")}`),
    );
  });

  const nodes = placed.map((node) => {
    const selected = ctx.state.actor === node.id;
    const label = `${node.label}, ${KIND_LABEL[node.kind]}, ${plural(node.meetings, "meeting")}. ${
      selected ? "Selected: press to show everyone" : "Press to show only this actor"
    }`;
    return s(
      "g",
      {
        class: `node kind-${node.kind}${selected ? " selected" : ""}`,
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

  const pairs = [...network.edges].sort((a, b) => b.meetings.length - a.meetings.length);
  return h(
    "div",
    { class: "network-view" },
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
    s(
      "svg",
      {
        class: "network",
        viewBox: `0 0 ${w} ${hgt}`,
        role: "group",
        "aria-label": `Who met whom: ${plural(network.nodes.length, "actor")}, ${plural(network.edges.length, "pair")}. Select an actor to filter every view.`,
      },
      s("g", { class: "edges" }, edges),
      s("g", { class: "nodes" }, nodes),
    ),
    h("h3", null, "Who met whom"),
    h(
      "ul",
      { class: "pairs" },
      pairs.map((edge) =>
        h(
          "li",
          null,
          h("strong", null, `${at.get(edge.source)!.label} – ${at.get(edge.target)!.label}`),
          `: ${edge.meetings.map((m) => `${m.title}${m.date ? ` (${formatDate(m.date)})` : ""}`).join("; ")}`,
        ),
      ),
    ),
  );
}
