/**
 * Who met whom: actors as nodes, meetings as edges between every two participants, and a
 * static force layout (d3-force, run to rest before drawing, so the picture does not move
 * under the reader and is the same on every load).
 */
import { type Actor, actorDisplayName, type Meeting } from "@statecraft/core";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { DataIndex } from "./prepared-dataset.js";

/** An actor in the network. */
export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  /** `person`, `state` or `organization`; `unknown` when the id does not resolve. */
  readonly kind: Actor["kind"] | "unknown";
  /** How many of the selected meetings the actor takes part in. */
  readonly meetings: number;
}

/** Two actors who met, and the meetings they met in. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly meetings: readonly Meeting[];
}

/** A network over a set of meetings. */
export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

/** A node with its place in the layout. */
export interface PlacedNode extends NetworkNode {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Counts who met whom, a slice of meetings at a time. */
class NetworkCounter {
  readonly #counts = new Map<string, number>();
  readonly #edges = new Map<string, { source: string; target: string; meetings: Meeting[] }>();

  add(meetings: readonly Meeting[], from = 0, to = meetings.length): void {
    const counts = this.#counts;
    const edges = this.#edges;
    for (let m = from; m < to; m++) {
      const meeting = meetings[m]!;
      const ids = [...new Set(meeting.participants.map((p) => p.actor))].sort();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const source = ids[i]!;
          const target = ids[j]!;
          const key = `${source}\u0000${target}`;
          const edge = edges.get(key);
          if (edge) edge.meetings.push(meeting);
          else edges.set(key, { source, target, meetings: [meeting] });
        }
      }
    }
  }

  network(index: DataIndex): Network {
    const nodes: NetworkNode[] = [...this.#counts].map(([id, count]) => {
      const actor = index.getOf("actor", id);
      return {
        id,
        label: actor ? actorDisplayName(actor) : id,
        kind: actor?.kind ?? "unknown",
        meetings: count,
      };
    });
    nodes.sort((a, b) => b.meetings - a.meetings || a.label.localeCompare(b.label));
    return { nodes, edges: [...this.#edges.values()] };
  }
}

/**
 * Builds the network of the given meetings: every two participants of a meeting are joined.
 * Nodes are ordered by meeting count (most first), then by label.
 */
export function buildNetwork(index: DataIndex, meetings: readonly Meeting[]): Network {
  const counter = new NetworkCounter();
  counter.add(meetings);
  return counter.network(index);
}

/** Meetings counted per slice by {@link buildNetworkInSlices}: a few milliseconds' work. */
export const NETWORK_SLICE = 4000;

/**
 * Builds the network like {@link buildNetwork}, {@link NETWORK_SLICE} meetings at a time,
 * giving the page back between slices so that no task runs long on large datasets.
 */
export async function buildNetworkInSlices(
  index: DataIndex,
  meetings: readonly Meeting[],
): Promise<Network> {
  const counter = new NetworkCounter();
  for (let from = 0; from < meetings.length; from += NETWORK_SLICE) {
    counter.add(meetings, from, Math.min(meetings.length, from + NETWORK_SLICE));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return counter.network(index);
}

/** Which actors the drawing shows. */
export interface NetworkLimits {
  /** At most this many actors, those with most meetings first. */
  readonly top: number;
  /** Only actors with at least this many meetings. */
  readonly minMeetings: number;
}

/**
 * The part of a network worth drawing: the `top` actors with at least `minMeetings` meetings
 * (always keeping `keep`, the actor filtered by, when it is in the network), and the pairs
 * among them.
 */
export function limitNetwork(network: Network, limits: NetworkLimits, keep?: string): Network {
  const kept = network.nodes
    .filter(
      (node, i) => node.id === keep || (node.meetings >= limits.minMeetings && i < limits.top),
    )
    .slice(0, Math.max(limits.top, 1) + 1);
  const ids = new Set(kept.map((node) => node.id));
  return {
    nodes: kept,
    edges: network.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** The largest radius of a node, in CSS pixels, however many meetings. */
export const MAX_RADIUS = 26;

/** A node's radius: by the square root of its meetings, relative to the busiest, capped. */
export function nodeRadius(meetings: number, most: number): number {
  return Math.round(6 + (MAX_RADIUS - 6) * Math.sqrt(meetings / Math.max(most, 1)));
}

interface SimNode {
  id: string;
  r: number;
  x?: number;
  y?: number;
}

/**
 * Places the nodes in a `width` × `height` box: a force simulation run for a fixed number of
 * ticks (deterministic: d3-force seeds its own random source), then scaled to fit with a margin.
 */
export function layoutNetwork(
  network: Network,
  width: number,
  height: number,
  margin = 48,
): PlacedNode[] {
  const most = Math.max(1, ...network.nodes.map((node) => node.meetings));
  const radius = (node: NetworkNode) => nodeRadius(node.meetings, most);
  const simNodes: SimNode[] = network.nodes.map((node) => ({ id: node.id, r: radius(node) }));
  const links = network.edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(simNodes)
    .force(
      "link",
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(links)
        .id((node) => node.id)
        .distance(90),
    )
    .force("charge", forceManyBody().strength(-320))
    .force(
      "collide",
      forceCollide<SimNode>().radius((node) => node.r + 18),
    )
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.1))
    .stop();
  simulation.tick(300);

  let xs = simNodes.map((node) => node.x ?? 0);
  let ys = simNodes.map((node) => node.y ?? 0);
  // A wide layout in a tall box (a phone) reads better turned a quarter: swap the axes.
  const wide = (a: number[]) => Math.max(...a) - Math.min(...a);
  if (simNodes.length === 0) return [];
  if (width < height !== wide(xs) < wide(ys)) [xs, ys] = [ys, xs];
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    (width - 2 * margin) / (spanX || 1),
    (height - 2 * margin) / (spanY || 1),
    1.6,
  );
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return network.nodes.map((node, i) => ({
    ...node,
    x: offsetX + (xs[i]! - minX) * scale,
    y: offsetY + (ys[i]! - minY) * scale,
    r: simNodes[i]!.r,
  }));
}
