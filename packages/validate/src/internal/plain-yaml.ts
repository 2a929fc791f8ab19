import {
  boolCoreTag,
  COLLECTION_STYLE,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  EVENT_ID,
  type Event,
  FAILSAFE_SCHEMA,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
} from "js-yaml";

/**
 * The quick reading of a YAML document, for the common case: a valid file.
 *
 * The `yaml` package (see yaml.ts) parses with every position and reports every kind of
 * problem with its place, but it is slow: 16 KB of YAML take it about 90 ms in a fresh process
 * (its generator-based lexer runs in V8's interpreter until it warms up) and a 7 MB file takes
 * seconds and a gigabyte of memory. js-yaml reads the same documents several times faster. So
 * a YAML file is read with js-yaml first, and when its records pass every check no position is
 * ever needed. Anything else — a document js-yaml refuses, one outside the plain subset below,
 * or records with problems to locate — is read again by `yaml`, so problems are reported
 * exactly as before. A differential test (plain-yaml.test.ts) holds the two readers to the
 * same values.
 *
 * The plain subset: one document, at most {@link MAX_ALIASES} aliases, no tags other than the
 * core schema's, string keys only, nesting under js-yaml's depth limit, anchors and tags
 * followed by white space, and flow collections (`[a, b]`, `{k: v}`) that close on the line
 * they open. Differential fuzzing found the two readers disagree outside it: js-yaml accepts
 * `&a[1]`, which `yaml` rightly refuses, and `yaml` refuses a comment line inside a flow
 * mapping that js-yaml rightly reads. Plain scalars
 * resolve by YAML 1.2's core schema, as `yaml` resolves them.
 */

/**
 * Aliases the quick reader follows. The full parser refuses a document when, for some anchor,
 * the number of its aliases times the largest such product among the aliases inside it
 * exceeds its budget of 100 (yaml.ts, `MAX_ALIAS_COUNT`). These products multiply along a
 * chain of nested anchors whose alias counts add up to at most the document's alias count; 12
 * aliases allow at most 3 × 3 × 3 × 3 = 81, so a document the quick reader accepts never
 * exceeds the full parser's budget, and expands at most 81-fold.
 */
const MAX_ALIASES = 12;

const INT_OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * Core-schema integers exactly as `yaml` reads them: js-yaml's own int tag leaves an integer
 * too large for a double a string, where `yaml` reads it as `Infinity`.
 */
const intTag = defineScalarTag<number>("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", "+", ..."0123456789"],
  resolve(source, isExplicit) {
    // An explicit `!!int` goes to the full parser, whose reading is the reference.
    if (isExplicit) return NOT_RESOLVED;
    if (INT_OCTAL.test(source)) return Number.parseInt(source.slice(2), 8);
    if (INT.test(source)) return Number.parseInt(source, 10);
    if (INT_HEX.test(source)) return Number.parseInt(source.slice(2), 16);
    return NOT_RESOLVED;
  },
  // Reading only: never used to write YAML.
  identify: () => false,
});

/**
 * Core-schema floats exactly as `yaml` reads them: js-yaml's own float tag leaves a float that
 * overflows (`1e400`) a string, where `yaml` reads it as `Infinity`.
 */
const floatTag = defineScalarTag<number>("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", "+", ".", ..."0123456789"],
  resolve(source, isExplicit) {
    // An explicit `!!float` goes to the full parser, whose reading is the reference.
    if (isExplicit) return NOT_RESOLVED;
    if (FLOAT_SPECIAL.test(source)) {
      if (source.slice(-3).toLowerCase() === "nan") return Number.NaN;
      return source.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    return FLOAT_EXPONENT.test(source) || FLOAT.test(source)
      ? Number.parseFloat(source)
      : NOT_RESOLVED;
  },
  // Reading only: never used to write YAML.
  identify: () => false,
});

/**
 * Mappings with string keys only: a key that reads as another type (`1:`, `true:`, `~:`) is
 * turned into a property name differently by each reader, so it goes to the full parser.
 * `__proto__` is an own property, as `yaml` makes it, never the prototype.
 */
const mapTag = defineMappingTag<Record<string, unknown>>("tag:yaml.org,2002:map", {
  create: () => ({}),
  addPair(map, key, value) {
    if (typeof key !== "string") return "a key that is not a string";
    Object.defineProperty(map, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return "";
  },
  has: (map, key) => typeof key === "string" && Object.hasOwn(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => (typeof key === "string" && Object.hasOwn(map, key) ? map[key] : null),
  // Reading only: never used to write YAML.
  identify: () => false,
});

/** YAML 1.2's core schema; js-yaml's null and bool tags already read as `yaml` does. */
const SCHEMA = FAILSAFE_SCHEMA.withTags(mapTag, nullCoreTag, boolCoreTag, intTag, floatTag);

function isBlank(code: number): boolean {
  // Space, tab, line feed, carriage return, or the end of the text (NaN).
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

/** Whether an anchor or tag that ends at `end` is followed by white space, as YAML requires. */
function separated(text: string, end: number): boolean {
  return end === -1 || isBlank(text.charCodeAt(end));
}

/**
 * Whether the flow collections opening at `starts` (in text order, outermost only) each close on
 * the line they open on. Quoted scalars are skipped by their ranges from the events (`quoted`:
 * start and end offsets, in text order); plain scalars in flow context hold no brackets; a
 * comment ends the line.
 */
function flowsCloseOnTheirLine(
  text: string,
  starts: readonly number[],
  quoted: readonly number[],
): boolean {
  let q = 0;
  for (const start of starts) {
    while (q < quoted.length && quoted[q]! < start) q += 2;
    let depth = 0;
    let closed = false;
    for (let i = start; i < text.length && !closed; i++) {
      if (i === quoted[q]) {
        const end = quoted[q + 1]!;
        if (text.slice(i, end).includes("\n")) return false;
        i = end - 1;
        q += 2;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 35 && isBlank(text.charCodeAt(i - 1)))) return false;
      if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) closed = --depth === 0;
    }
    if (!closed) return false;
  }
  return true;
}

/** Whether the events of a document stay in the plain subset (see the top of this file). */
function isPlain(text: string, events: readonly Event[]): boolean {
  let documents = 0;
  const quoted: number[] = [];
  const flowStarts: number[] = [];
  const flowStack: boolean[] = [];
  let flowDepth = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) return false;
      flowStack.push(false);
    } else if (event.type === EVENT_ID.POP) {
      if (flowStack.pop()) flowDepth--;
    } else if (event.type !== EVENT_ID.ALIAS) {
      if (!separated(text, event.anchorEnd) || !separated(text, event.tagEnd)) return false;
      if (event.type === EVENT_ID.SCALAR) {
        if (
          event.style === SCALAR_STYLE.SINGLE_QUOTED ||
          event.style === SCALAR_STYLE.DOUBLE_QUOTED
        )
          quoted.push(event.valueStart - 1, event.valueEnd + 1);
      } else {
        const flow = event.style === COLLECTION_STYLE.FLOW;
        if (flow && flowDepth++ === 0) flowStarts.push(event.start);
        flowStack.push(flow);
      }
    }
  }
  return documents === 1 && flowsCloseOnTheirLine(text, flowStarts, quoted);
}

/**
 * Reads a YAML document in the plain subset, or returns `undefined` when it needs the full
 * parser: js-yaml refused it (a syntax error, a duplicate key, too many aliases...), it is
 * outside the plain subset, or it holds no collection (empty documents and bare scalars get
 * the full parser's messages).
 */
export function readPlainYaml(text: string): { readonly value: object } | undefined {
  let value: unknown;
  try {
    const events = parseEvents(text, {});
    if (!isPlain(text, events)) return undefined;
    [value] = constructFromEvents(events, {
      source: text,
      schema: SCHEMA,
      maxAliases: MAX_ALIASES,
    });
  } catch {
    return undefined;
  }
  return value !== null && typeof value === "object" ? { value } : undefined;
}
