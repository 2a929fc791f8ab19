/** The network layout worker: runs `layoutNetwork` (d3-force) off the page, for large networks. */
import { layoutNetwork, type Network, type PlacedNode } from "./network.js";

/** What the page asks: a network (its edges without their meetings) and the box to fit it in. */
export interface LayoutRequest {
  /** Sent back with the layout, so the page can drop answers to superseded requests. */
  readonly id: number;
  readonly network: Network;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const { id, network, width, height, margin } = event.data;
  const placed: PlacedNode[] = layoutNetwork(network, width, height, margin);
  postMessage({ id, placed });
});
