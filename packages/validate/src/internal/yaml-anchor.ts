import { EVENT_ID, type Event } from "js-yaml";

/** How many alias expansions a document may make: enough for real files, too few for a bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A node with an anchor (`&name`), as read: its value, its events and how often it is aliased. */
export interface Anchor {
  /** The node's value (a collection is the same object everywhere it is aliased). */
  readonly value: unknown;
  /** The index of the node's first event. */
  readonly start: number;
  /** The index of the node's last event (its POP for a collection); -1 while it is read. */
  end: number;
  /** 1 + the number of aliases to it read so far. */
  count: number;
  /** The alias weight of its content (see {@link Anchors.alias}); computed on its first alias. */
  weight: number;
  weighed: boolean;
}

/**
 * The anchors of one document, and the alias budget the `yaml` package enforced before (its
 * `maxAliasCount` of {@link MAX_ALIAS_COUNT}), kept so the same documents are refused: an alias
 * to an anchor is refused when the anchor's alias count times the weight of its content exceeds
 * the budget, where the weight is the largest, over the scalars and aliases inside the anchored
 * node, of 1 for a scalar and, for an alias, the count times the weight of its own anchor. So
 * an alias bomb (anchors whose content aliases the previous anchor many times) is refused after
 * a few steps, while a document may alias many different anchors.
 *
 * `yaml` found an alias's anchor by scanning every anchor and alias of the document, and weighed
 * content by walking it and resolving each alias inside by another scan — quadratic in the
 * number of aliases. Here an alias finds its anchor in a map, and each anchored node is weighed
 * once, by one scan of its own events: reading is linear in the size of the document.
 */
export class Anchors {
  readonly #byName = new Map<string, Anchor>();
  /** The anchor each alias read so far refers to, by the alias's event index. */
  readonly #targets = new Map<number, Anchor>();

  /** Records an anchored node whose first event is `start` (its last is set when it ends). */
  define(name: string, value: unknown, start: number, end: number): Anchor {
    const anchor: Anchor = { value, start, end, count: 1, weight: 0, weighed: false };
    this.#byName.set(name, anchor);
    return anchor;
  }

  /**
   * Resolves the alias at event `index` to its anchor, counting it against the budget.
   *
   * @returns The anchor; `"unknown"` when no anchor of that name comes before the alias;
   *   `"cycle"` when the alias is inside the node it refers to; `"budget"` when the alias
   *   exceeds the budget.
   */
  alias(
    name: string,
    index: number,
    events: readonly Event[],
  ): Anchor | "unknown" | "cycle" | "budget" {
    const anchor = this.#byName.get(name);
    if (anchor === undefined) return "unknown";
    if (anchor.end === -1) return "cycle";
    anchor.count++;
    if (!anchor.weighed) {
      anchor.weight = this.#weigh(anchor, events);
      anchor.weighed = true;
    }
    if (anchor.count * anchor.weight > MAX_ALIAS_COUNT) return "budget";
    this.#targets.set(index, anchor);
    return anchor;
  }

  /** The anchor the alias at event `index` refers to (once read). */
  target(index: number): Anchor | undefined {
    return this.#targets.get(index);
  }

  #weigh(anchor: Anchor, events: readonly Event[]): number {
    let weight = 0;
    for (let i = anchor.start; i <= anchor.end; i++) {
      const type = events[i]!.type;
      if (type === EVENT_ID.SCALAR) weight = Math.max(weight, 1);
      else if (type === EVENT_ID.ALIAS) {
        const inner = this.#targets.get(i);
        if (inner) weight = Math.max(weight, inner.count * inner.weight);
      }
    }
    return weight;
  }
}
