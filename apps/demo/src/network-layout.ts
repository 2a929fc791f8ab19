/**
 * Where a network is laid out: on the page when it is small (a few milliseconds, so the drawing
 * comes with the view), in the network layout worker otherwise, so the page stays responsive.
 */
import { layoutNetwork, type Network, type PlacedNode } from "./network.js";
import type { LayoutRequest } from "./network-worker.js";

/** Networks with more actors than this are laid out in a worker. */
export const WORKER_LAYOUT_ABOVE = 40;

let worker: Worker | undefined;
let latest = 0;

/**
 * Lays a network out: at once for small networks, else in the worker (a newer request
 * supersedes one under way, whose promise then never settles).
 *
 * @example
 * ```ts
 * const placed = layout(network, 960, 560, 64);
 * const nodes = Array.isArray(placed) ? placed : await placed;
 * ```
 */
export function layout(
  network: Network,
  width: number,
  height: number,
  margin: number,
): PlacedNode[] | Promise<PlacedNode[]> {
  if (network.nodes.length <= WORKER_LAYOUT_ABOVE)
    return layoutNetwork(network, width, height, margin);
  worker ??= new Worker(new URL("./network-worker.ts", import.meta.url), { type: "module" });
  const current = worker;
  const id = ++latest;
  return new Promise((resolve) => {
    current.addEventListener(
      "message",
      function answer(event: MessageEvent<{ id: number; placed: PlacedNode[] }>) {
        if (event.data.id !== id) return;
        current.removeEventListener("message", answer);
        if (id === latest) resolve(event.data.placed);
      },
    );
    const request: LayoutRequest = {
      id,
      network: {
        nodes: network.nodes,
        edges: network.edges.map(({ source, target }) => ({ source, target, meetings: [] })),
      },
      width,
      height,
      margin,
    };
    current.postMessage(request);
  });
}
