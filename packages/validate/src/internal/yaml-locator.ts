import { EVENT_ID, type Event, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import { pointerSegments } from "./json.js";
import type { Anchors } from "./yaml-anchor.js";
import { propertyName, scalarValue } from "./yaml-scalar.js";

/** Where a JSON Pointer is in a YAML document: its node's offset, and its key's for a property. */
export interface YamlLocation {
  readonly offset: number;
  readonly keyOffset?: number;
}

/** A block scalar's header after its indicator: indentation and chomping, then a comment. */
const BLOCK_HEADER_REST = /^[0-9+-]*(?:[ \t]+#.*)?[ \t]*\r?$/;

/** Sequences longer than this get an index of their items on first lookup. */
const INDEXED_SEQUENCE = 16;

/**
 * Finds JSON Pointers in a YAML document from the events it was read from, with no second
 * reading: a pointer is followed from the root, key by key and item by item, skipping over
 * collections by their closing events (`ends`), and through an alias to its anchor's node —
 * so a place inside an aliased subtree is found where the anchor's node is written. A long
 * sequence is indexed on its first lookup, so locating every record of a list is linear.
 */
export class YamlLocator {
  readonly #text: string;
  readonly #events: readonly Event[];
  /** For each collection's event, the index of its POP event. */
  readonly #ends: Int32Array;
  readonly #anchors: Anchors;
  /** The root node's event index, or -1 for an empty document. */
  readonly #root: number;
  readonly #sequences = new Map<number, Int32Array>();

  constructor(
    text: string,
    events: readonly Event[],
    ends: Int32Array,
    anchors: Anchors,
    root: number,
  ) {
    this.#text = text;
    this.#events = events;
    this.#ends = ends;
    this.#anchors = anchors;
    this.#root = root;
  }

  /** Finds a pointer's node, or its deepest existing ancestor. */
  locate(pointer: string): YamlLocation {
    if (this.#root === -1) return { offset: 0 };
    let index = this.#root;
    let offset = this.#start(index) ?? 0;
    let keyOffset: number | undefined;
    for (const segment of pointerSegments(pointer)) {
      const event = this.#events[index]!;
      if (event.type === EVENT_ID.ALIAS) index = this.#anchors.target(index)?.start ?? index;
      keyOffset = undefined;
      let next = -1;
      const type = this.#events[index]!.type;
      if (type === EVENT_ID.MAPPING) {
        const key = this.#key(index, segment);
        if (key !== -1) {
          next = this.#after(key);
          keyOffset = this.#start(key);
        }
      } else if (type === EVENT_ID.SEQUENCE) {
        next = this.#item(index, Number(segment));
      }
      const at = next === -1 ? undefined : (this.#start(next) ?? this.#emptyStart(next));
      if (at === undefined) return { offset };
      index = next;
      offset = at;
    }
    return keyOffset === undefined ? { offset } : { offset, keyOffset };
  }

  /** The index of the event after the node starting at `index`. */
  #after(index: number): number {
    const type = this.#events[index]!.type;
    return (
      (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE ? this.#ends[index]! : index) + 1
    );
  }

  /** The key event of a mapping's property named `name` (its first, if repeated), or -1. */
  #key(mapping: number, name: string): number {
    const end = this.#ends[mapping]!;
    for (let i = mapping + 1; i < end; i = this.#after(this.#after(i))) {
      const event = this.#events[i]!;
      let key: unknown;
      if (event.type === EVENT_ID.SCALAR) {
        const tag =
          event.tagStart === -1 ? undefined : this.#text.slice(event.tagStart, event.tagEnd);
        key = scalarValue(this.#text, event, tag);
      } else if (event.type === EVENT_ID.ALIAS) key = this.#anchors.target(i)?.value;
      else continue;
      if (propertyName(key) === name) return i;
    }
    return -1;
  }

  /** The event index of a sequence's item, or -1. */
  #item(sequence: number, position: number): number {
    if (!Number.isInteger(position) || position < 0) return -1;
    let items = this.#sequences.get(sequence);
    if (items === undefined) {
      const end = this.#ends[sequence]!;
      const found: number[] = [];
      for (let i = sequence + 1; i < end; i = this.#after(i)) {
        if (found.length === position && found.length < INDEXED_SEQUENCE) return i;
        found.push(i);
      }
      if (found.length < INDEXED_SEQUENCE) return -1;
      items = Int32Array.from(found);
      this.#sequences.set(sequence, items);
    }
    return position < items.length ? items[position]! : -1;
  }

  /**
   * Where an empty value (`title:`, a bare `-`) is: after its anchor or tag, or after the `:` or
   * `-` that follows the token before it, and the spaces after that — where the `yaml` package
   * placed it. Runs of empty items are walked back to the last token written, then forward.
   */
  #emptyStart(index: number): number | undefined {
    const chain: number[] = [];
    let from: number | undefined;
    for (let j = index; j >= 0 && from === undefined; j--) {
      const event = this.#events[j]!;
      if (event.type === EVENT_ID.SCALAR && event.valueStart === -1) {
        if (event.anchorEnd !== -1 || event.tagEnd !== -1) {
          from = skipBlanks(this.#text, Math.max(event.anchorEnd, event.tagEnd));
        } else chain.push(j);
      } else if (event.type === EVENT_ID.SCALAR) {
        from = event.valueEnd + (isQuoted(event) ? 1 : 0);
      } else if (event.type === EVENT_ID.ALIAS) from = event.anchorEnd;
      else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
        from = event.start;
    }
    if (from === undefined) return undefined;
    // Forward through the run of empty values, each after its own indicator.
    for (let k = chain.length - 1; k >= 0; k--) {
      const indicator = this.#indicator(chain[k]!);
      const at = this.#text.indexOf(indicator, from);
      if (at === -1) return undefined;
      from = skipBlanks(this.#text, at + 1);
    }
    return from;
  }

  /** The indicator before a value: `:` in a mapping, `-` in a sequence. */
  #indicator(index: number): string {
    let depth = 0;
    for (let j = index - 1; j >= 0; j--) {
      const type = this.#events[j]!.type;
      if (type === EVENT_ID.POP) depth++;
      else if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) {
        if (depth === 0) return type === EVENT_ID.MAPPING ? ":" : "-";
        depth--;
      }
    }
    return "-";
  }

  /** Where a node is written (not its anchor or tag), or `undefined` for an empty value. */
  #start(index: number): number | undefined {
    const event = this.#events[index]!;
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.ALIAS:
        return event.anchorStart - 1;
      case EVENT_ID.SCALAR:
        return scalarStart(this.#text, event);
      default:
        return undefined;
    }
  }
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

function isQuoted(event: ScalarEvent): boolean {
  return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
}

/** Where a scalar is written: its opening quote, its block header's `|` or `>`, or its text. */
function scalarStart(text: string, event: ScalarEvent): number | undefined {
  if (event.valueStart === -1) return undefined;
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return blockHeader(text, event) ?? event.valueStart;
    default:
      return event.valueStart;
  }
}

/** The offset of a block scalar's indicator, on the line before its content. */
function blockHeader(text: string, event: ScalarEvent): number | undefined {
  const lineEnd = event.valueStart - 1;
  const from = Math.max(text.lastIndexOf("\n", lineEnd - 1) + 1, event.anchorEnd, event.tagEnd);
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if ((c === 124 || c === 62) && BLOCK_HEADER_REST.test(text.slice(i + 1, lineEnd))) return i;
  }
  return undefined;
}
