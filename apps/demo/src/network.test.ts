import { beforeAll, describe, expect, test } from "vitest";
import { EXAMPLE_FILES } from "./example.js";
import {
  buildNetwork,
  buildNetworkInSlices,
  layoutNetwork,
  limitNetwork,
  MAX_RADIUS,
  nodeRadius,
} from "./network.js";
import { type PreparedDataset, preparedDataset } from "./prepared-dataset.js";
import { select } from "./selection.js";
import { validateFiles } from "./validation.js";

let index: PreparedDataset;

beforeAll(async () => {
  index = preparedDataset((await validateFiles(EXAMPLE_FILES)).records);
});

describe("buildNetwork", () => {
  test("joins every two participants of a meeting, and counts the meetings per pair", () => {
    const network = buildNetwork(index, select(index, {}).meetings);
    const pair = network.edges.find((e) => e.source === "antony-blinken" && e.target === "wang-yi");
    expect(pair?.meetings.map((m) => m.id).sort()).toEqual([
      "blinken-wang-yi-calls-2023-2024",
      "blinken-wang-yi-talks-2024-04",
    ]);
    // The trilateral summit joins all three leaders.
    const summit = network.edges.filter((e) =>
      e.meetings.some((m) => m.id === "us-japan-philippines-summit-2024-04"),
    );
    expect(summit).toHaveLength(3);
    expect(network.nodes[0]?.id).toBe("antony-blinken"); // most meetings first
    expect(network.nodes.find((n) => n.id === "xi-jinping")).toMatchObject({
      label: "Xi Jinping",
      kind: "person",
    });
  });

  test("no meetings, no network", () => {
    expect(buildNetwork(index, [])).toEqual({ nodes: [], edges: [] });
  });
});

describe("layoutNetwork", () => {
  const network = () => buildNetwork(index, select(index, {}).meetings);

  test("places every node inside the box, away from the edges", () => {
    const placed = layoutNetwork(network(), 800, 500, 40);
    expect(placed).toHaveLength(network().nodes.length);
    for (const node of placed) {
      expect(node.x).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(node.x).toBeLessThanOrEqual(760 + 1e-6);
      expect(node.y).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(node.y).toBeLessThanOrEqual(460 + 1e-6);
    }
  });

  test("is the same on every run, so the picture does not change between loads", () => {
    expect(layoutNetwork(network(), 800, 500)).toEqual(layoutNetwork(network(), 800, 500));
  });

  test("follows the box's orientation: wide on a laptop, tall on a phone", () => {
    const spread = (nodes: { x: number; y: number }[], axis: "x" | "y") =>
      Math.max(...nodes.map((n) => n[axis])) - Math.min(...nodes.map((n) => n[axis]));
    const wide = layoutNetwork(network(), 900, 500);
    const tall = layoutNetwork(network(), 360, 450);
    expect(spread(wide, "x")).toBeGreaterThan(spread(wide, "y"));
    expect(spread(tall, "y")).toBeGreaterThan(spread(tall, "x"));
  });

  test("a single actor sits in the middle", () => {
    const [only] = layoutNetwork(
      { nodes: [{ id: "a", label: "A", kind: "person", meetings: 1 }], edges: [] },
      400,
      300,
    );
    expect(only).toMatchObject({ x: 200, y: 150 });
  });
});

describe("on real data", () => {
  test("counting in slices gives the same network", async () => {
    const meetings = select(index, {}).meetings;
    expect(await buildNetworkInSlices(index, meetings)).toEqual(buildNetwork(index, meetings));
  });

  test("the limits keep the busiest actors, the filtered actor, and the pairs among them", () => {
    const network = buildNetwork(index, select(index, {}).meetings);
    const top = limitNetwork(network, { top: 3, minMeetings: 1 });
    expect(top.nodes.map((n) => n.id)).toEqual(network.nodes.slice(0, 3).map((n) => n.id));
    const ids = new Set(top.nodes.map((n) => n.id));
    for (const edge of top.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const last = network.nodes.at(-1)!;
    expect(
      limitNetwork(network, { top: 3, minMeetings: 1 }, last.id).nodes.map((n) => n.id),
    ).toContain(last.id);
    const busy = limitNetwork(network, { top: 100, minMeetings: 3 });
    for (const node of busy.nodes) expect(node.meetings).toBeGreaterThanOrEqual(3);
  });

  test("node sizes are capped however many meetings", () => {
    expect(nodeRadius(50_000, 50_000)).toBe(MAX_RADIUS);
    expect(nodeRadius(1, 50_000)).toBeLessThan(10);
  });
});
