import { EVENT_ID, type Event, parseEvents, YAMLException } from "js-yaml";
import { type Anchor, Anchors, MAX_ALIAS_COUNT } from "./yaml-anchor.js";
import { type YamlLocation, YamlLocator } from "./yaml-locator.js";
import { propertyName, scalarValue } from "./yaml-scalar.js";

export type { YamlLocation };
export { MAX_ALIAS_COUNT };

/** A problem found reading a YAML document. */
export interface YamlProblem {
  readonly code: "parse_error" | "duplicate_key" | "nesting_too_deep" | "too_many_aliases";
  readonly message: string;
  readonly offset: number;
}

/** A YAML document read: its value (when it could be read), its problems and a locator. */
export interface YamlReading {
  /** The document's value; absent when a problem other than a duplicate key stopped reading. */
  readonly value?: unknown;
  /** `true` when the document holds no content at all (only comments or nothing). */
  readonly empty: boolean;
  readonly problems: readonly YamlProblem[];
  /** Finds JSON Pointers in the document (see {@link YamlLocator}). */
  readonly locator: YamlLocator;
}

/**
 * Collections nested deeper than this are refused (real data nests a dozen levels), so that
 * neither this reader nor the checks after it run out of stack.
 */
const MAX_DEPTH = 1000;

const TOO_DEEP = "the document nests collections too deeply to parse";

/** A collection being read: its value, and for a mapping the key read and waiting for a value. */
interface Open {
  readonly value: unknown[] | Record<string, unknown>;
  readonly index: number;
  readonly anchor: Anchor | undefined;
  hasKey: boolean;
  key: unknown;
  keyIndex: number;
}

/** Stops reading a document: a problem that leaves no value to check. */
class Stop extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

function setProperty(map: Record<string, unknown>, name: string, value: unknown): void {
  // `__proto__` is an own property, never the prototype.
  if (name === "__proto__")
    Object.defineProperty(map, name, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else map[name] = value;
}

function aliasProblem(
  outcome: "unknown" | "cycle" | "budget",
  name: string,
  offset: number,
): YamlProblem {
  if (outcome === "budget")
    return {
      code: "too_many_aliases",
      message: `the document expands more than ${MAX_ALIAS_COUNT} aliases, as a "billion laughs" attack does`,
      offset: 0,
    };
  return {
    code: "parse_error",
    message:
      outcome === "unknown"
        ? `the alias *${name} has no anchor &${name} before it`
        : `the alias *${name} is inside the node anchored &${name}, which would hold itself`,
    offset,
  };
}

/**
 * Reads a YAML (1.2, core schema) document in one pass: js-yaml's parser turns the text into
 * events with offsets, and one walk over them builds the value (scalars by the core schema,
 * see yaml-scalar.ts), reports duplicate keys, resolves aliases within a budget (see
 * yaml-anchor.ts) and keeps what the locator needs to find any pointer again from the same
 * events (see yaml-locator.ts).
 */
export function readYaml(text: string): YamlReading {
  const problems: YamlProblem[] = [];
  const anchors = new Anchors();
  let events: Event[] = [];
  let ends = new Int32Array(0);
  let root = -1;
  let value: unknown;
  let documents = 0;
  const reading = (extra: { value?: unknown; empty?: boolean }): YamlReading => ({
    empty: root === -1 || isEmptyScalar(events[root]!),
    ...extra,
    problems,
    locator: new YamlLocator(text, events, ends, anchors, root),
  });
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    problems.push(parseProblem(error));
    return reading({ empty: false });
  }
  ends = new Int32Array(events.length);
  const stack: Open[] = [];
  const place = (item: unknown, index: number): void => {
    const open = stack[stack.length - 1];
    if (open === undefined) {
      value = item;
      root = index;
    } else if (Array.isArray(open.value)) open.value.push(item);
    else if (!open.hasKey) {
      open.hasKey = true;
      open.key = item;
      open.keyIndex = index;
    } else {
      const name = propertyName(open.key);
      if (Object.hasOwn(open.value, name))
        problems.push({
          code: "duplicate_key",
          message: `the key ${JSON.stringify(name)} appears twice in this object`,
          offset: keyOffset(events[open.keyIndex]!),
        });
      setProperty(open.value, name, item);
      open.hasKey = false;
    }
  };
  try {
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          if (++documents > 1)
            throw new Stop({
              code: "parse_error",
              message:
                "the file holds more than one YAML document (separated by ---); a data file holds one",
              offset: secondDocument(text, events, i),
            });
          break;
        case EVENT_ID.SEQUENCE:
        case EVENT_ID.MAPPING: {
          const collection = event.type === EVENT_ID.SEQUENCE ? [] : {};
          const anchor =
            event.anchorStart === -1
              ? undefined
              : anchors.define(text.slice(event.anchorStart, event.anchorEnd), collection, i, -1);
          place(collection, i);
          stack.push({
            value: collection,
            index: i,
            anchor,
            hasKey: false,
            key: null,
            keyIndex: -1,
          });
          break;
        }
        case EVENT_ID.SCALAR: {
          const tag = event.tagStart === -1 ? undefined : text.slice(event.tagStart, event.tagEnd);
          const scalar = scalarValue(text, event, tag);
          if (scalar === undefined)
            throw new Stop({
              code: "parse_error",
              message: `the value cannot be read as ${tag}`,
              offset: event.valueStart === -1 ? event.tagStart : event.valueStart,
            });
          if (event.anchorStart !== -1)
            anchors.define(text.slice(event.anchorStart, event.anchorEnd), scalar, i, i);
          place(scalar, i);
          break;
        }
        case EVENT_ID.ALIAS: {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          const anchor = anchors.alias(name, i, events);
          if (typeof anchor === "string")
            throw new Stop(aliasProblem(anchor, name, event.anchorStart - 1));
          place(anchor.value, i);
          break;
        }
        case EVENT_ID.POP: {
          const open = stack.pop();
          if (open !== undefined) {
            ends[open.index] = i;
            if (open.anchor) open.anchor.end = i;
          }
          break;
        }
      }
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    problems.push(error.problem);
    return reading({});
  }
  return reading({ value });
}

function isEmptyScalar(event: Event): boolean {
  return (
    event.type === EVENT_ID.SCALAR &&
    event.valueStart === -1 &&
    event.anchorStart === -1 &&
    event.tagStart === -1
  );
}

function keyOffset(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart === -1 ? 0 : event.valueStart;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) return event.start;
  return 0;
}

/** Where the second document starts: its `---` line, or its first node. */
function secondDocument(text: string, events: readonly Event[], index: number): number {
  const first = events[0];
  const explicit = first?.type === EVENT_ID.DOCUMENT && first.explicitStart;
  const markers = text.matchAll(/^---/gm);
  if (explicit) markers.next();
  const marker = markers.next();
  if (!marker.done) return marker.value.index;
  const next = events[index + 1];
  return next ? keyOffset(next) : 0;
}

function parseProblem(error: unknown): YamlProblem {
  if (error instanceof YAMLException) {
    const reason = error.reason ?? error.message;
    if (reason.startsWith("nesting exceeded maxDepth"))
      return { code: "nesting_too_deep", message: TOO_DEEP, offset: 0 };
    return {
      code: "parse_error",
      message: reason.charAt(0).toLowerCase() + reason.slice(1),
      offset: error.mark?.position ?? 0,
    };
  }
  // Where the stack ran out depends on the stack's size: report the document's start.
  if (error instanceof RangeError)
    return { code: "nesting_too_deep", message: TOO_DEEP, offset: 0 };
  throw error;
}
