import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapePointerSegment,
  type JsonDuplicateKey,
  type JsonLocation,
  locateJson,
  parseJson,
} from "./json.js";

/*
 * A differential test of the hand-written parser against `JSON.parse`: documents are generated
 * as trees, written out with random whitespace and random (but valid) escapes, and the parser
 * must return what `JSON.parse` returns (or both reject). The writer records where it put every
 * value and key, so the positions the parser records are checked against an independent
 * reference, and by slicing the text at them and parsing the slice again.
 */

/** A generated document: the tree the writer spells out. */
type Node =
  | { readonly t: "lit"; readonly text: "null" | "true" | "false" }
  | { readonly t: "num"; readonly text: string }
  | { readonly t: "str"; readonly value: string }
  | { readonly t: "arr"; readonly items: readonly Node[] }
  | { readonly t: "obj"; readonly entries: readonly (readonly [string, Node])[] };

/** A small, seeded PRNG (mulberry32), so one generated seed fixes every writing choice. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};
const SPACES = ["", "", "", " ", "\n", "\t", "\r\n", " \n\t "];

/** What the writer produced: the text and where each value (and member key) starts. */
interface Written {
  readonly text: string;
  /** By pointer: the last place a value with that pointer was written, as the parser records. */
  readonly at: Map<string, { offset: number; keyOffset?: number }>;
  readonly duplicates: JsonDuplicateKey[];
}

/** Writes a tree as JSON text with random whitespace and escapes, recording positions. */
function write(root: Node, seed: number): Written {
  const rnd = random(seed);
  const parts: string[] = [];
  let length = 0;
  const put = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const space = (): void => put(SPACES[Math.floor(rnd() * SPACES.length)]!);
  const string = (value: string): void => {
    let out = '"';
    for (const unit of value.split("")) {
      const code = unit.charCodeAt(0);
      const hex = (): string => {
        const h = code.toString(16).padStart(4, "0");
        return `\\u${rnd() < 0.5 ? h : h.toUpperCase()}`;
      };
      if (unit in SHORT) out += rnd() < 0.7 ? SHORT[unit] : hex();
      else if (code < 0x20) out += hex();
      else if (unit === "/" && rnd() < 0.5) out += "\\/";
      else out += rnd() < 0.15 ? hex() : unit;
    }
    put(`${out}"`);
  };
  const at = new Map<string, { offset: number; keyOffset?: number }>();
  const duplicates: JsonDuplicateKey[] = [];
  const value = (node: Node, pointer: string, keyOffset?: number): void => {
    at.set(pointer, { offset: length, ...(keyOffset !== undefined ? { keyOffset } : {}) });
    switch (node.t) {
      case "lit":
      case "num":
        put(node.text);
        return;
      case "str":
        string(node.value);
        return;
      case "arr":
        put("[");
        space();
        for (const [i, item] of node.items.entries()) {
          if (i > 0) {
            put(",");
            space();
          }
          value(item, `${pointer}/${i}`);
          space();
        }
        put("]");
        return;
      case "obj": {
        put("{");
        space();
        const seen = new Set<string>();
        for (const [i, [key, item]] of node.entries.entries()) {
          if (i > 0) {
            put(",");
            space();
          }
          const keyAt = length;
          const member = `${pointer}/${escapePointerSegment(key)}`;
          if (seen.has(key)) duplicates.push({ pointer: member, offset: keyAt, key });
          seen.add(key);
          string(key);
          space();
          put(":");
          space();
          value(item, member, keyAt);
          space();
        }
        put("}");
      }
    }
  };
  space();
  value(root, "");
  space();
  return { text: parts.join(""), at, duplicates };
}

/**
 * Whether two parsed values are the same JSON value: same types, `Object.is` numbers (so `-0`
 * is not `0`), same own keys in the same order, same prototype. Iterative, for deep documents.
 *
 * @returns Where they differ, or `undefined`.
 */
function differs(a: unknown, b: unknown): string | undefined {
  const stack: [unknown, unknown, string][] = [[a, b, ""]];
  while (stack.length > 0) {
    const [x, y, at] = stack.pop()!;
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") {
      if (!Object.is(x, y)) return `${at}: ${String(x)} is not ${String(y)}`;
      continue;
    }
    if (Array.isArray(x) !== Array.isArray(y)) return `${at}: array and object`;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${at}: prototypes differ`;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.join("\u0000") !== ky.join("\u0000")) return `${at}: keys ${kx} and ${ky}`;
    for (const k of kx) {
      stack.push([
        (x as Record<string, unknown>)[k],
        (y as Record<string, unknown>)[k],
        `${at}/${escapePointerSegment(k)}`,
      ]);
    }
  }
  return undefined;
}

/** What `JSON.parse` makes of a text: the value, or that it rejects it. */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The value at a pointer of a parsed document, if there is one. */
function valueAt(root: unknown, pointer: string): { found: boolean; value?: unknown } {
  let node = root;
  if (pointer === "") return { found: true, value: node };
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment))
      return { found: false };
    node = (node as Record<string, unknown>)[segment];
  }
  return { found: true, value: node };
}

/**
 * Where the JSON value starting at `start` ends: a separate, simple scanner (strings skipped
 * escape by escape, brackets counted), to cut one value out of the text.
 */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  do {
    const c = text[i];
    if (c === '"') {
      i++;
      while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "[" || c === "{") {
      depth++;
      i++;
    } else if (c === "]" || c === "}") {
      depth--;
      i++;
    } else if (depth > 0) i++;
    else while (i < text.length && /[-+.\w]/.test(text[i]!)) i++;
  } while (depth > 0);
  return i;
}

// Strings: every UTF-16 code unit (controls, quotes, backslashes, lone surrogates), astral
// characters and the characters escapes are made of.
const unit = fc.oneof(
  fc.constantFrom('"', "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u2028", "\u2029", "\u0000"),
  fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff", "😀", "é", "u", "0"),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.string({ minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit, maxLength: 12 });

// Numbers: as JavaScript writes doubles (with -0, huge and tiny ones), and by the grammar, with
// long mantissas and exponents far out of range (Infinity, 0).
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
  fc.constantFrom("-0", "0", "-0.0", "0e0", "1E+2", "1e400", "-1e400", "1e-400", "5e-324"),
  fc
    .tuple(
      fc.boolean(),
      fc.oneof(fc.constant("0"), fc.tuple(fc.constantFrom(..."123456789"), digits(0, 25))),
      fc.option(digits(1, 25), { nil: undefined }),
      fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), digits(1, 4)), {
        nil: undefined,
      }),
    )
    .map(
      ([minus, int, frac, exp]) =>
        `${minus ? "-" : ""}${typeof int === "string" ? int : int.join("")}${frac !== undefined ? `.${frac}` : ""}${exp ? exp.join("") : ""}`,
    ),
);

// Keys from a small pool, so objects often repeat one (duplicates), with the ones pointers and
// objects treat specially.
const key = fc.oneof(
  fc.constantFrom("a", "b", "", "__proto__", "constructor", "a/b", "~0", "~1", "0", "10", "😀"),
  text,
);

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<Node>(
      { t: "lit", text: "null" },
      { t: "lit", text: "true" },
      { t: "lit", text: "false" },
    ),
    numberText.map((t): Node => ({ t: "num", text: t })),
    text.map((value): Node => ({ t: "str", value })),
    fc.array(tie("node"), { maxLength: 5 }).map((items): Node => ({ t: "arr", items })),
    fc
      .array(fc.tuple(key, tie("node")), { maxLength: 5 })
      .map((entries): Node => ({ t: "obj", entries })),
  ),
}));

/** A plain JSON value as fast-check generates it, as a tree to write out. */
function fromValue(value: unknown): Node {
  if (value === null) return { t: "lit", text: "null" };
  if (value === true || value === false) return { t: "lit", text: String(value) as "true" };
  if (typeof value === "number") return { t: "num", text: JSON.stringify(value) };
  if (typeof value === "string") return { t: "str", value };
  if (Array.isArray(value)) return { t: "arr", items: value.map(fromValue) };
  return {
    t: "obj",
    entries: Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromValue(v)]),
  };
}

const SEED = 20_240_421;

/** Checks one written document against `JSON.parse` and against where the writer put things. */
function check(written: Written): void {
  const { text: doc } = written;
  const expected = reference(doc);
  expect(expected.ok).toBe(true);
  if (!expected.ok) return;
  const parsed = parseJson(doc, written.at.keys());
  expect(parsed.error).toBeUndefined();
  expect(differs(parsed.value, expected.value)).toBeUndefined();
  expect(parsed.duplicates).toEqual(written.duplicates);
  // Every value's position is where the writer put it (the last time, for repeated keys).
  const locations = parsed.locations!;
  expect(new Set(locations.keys())).toEqual(new Set(written.at.keys()));
  for (const [pointer, want] of written.at) {
    expect(locations.get(pointer)).toEqual({ ...want, exact: true } satisfies JsonLocation);
  }
  // And, for every value the document ends up with, cutting the text there gives that value.
  for (const [pointer, at] of locations) {
    const { found, value } = valueAt(expected.value, pointer);
    if (!found) continue; // a member of an object a later duplicate key replaced
    const slice = doc.slice(at.offset, valueEnd(doc, at.offset));
    expect(differs(JSON.parse(slice), value)).toBeUndefined();
    if (at.keyOffset !== undefined) {
      const keyText = doc.slice(at.keyOffset, valueEnd(doc, at.keyOffset));
      const segment = pointer.slice(pointer.lastIndexOf("/") + 1);
      expect(escapePointerSegment(JSON.parse(keyText) as string)).toBe(segment);
      expect(
        /^[ \t\r\n]*:[ \t\r\n]*$/.test(doc.slice(at.keyOffset + keyText.length, at.offset)),
      ).toBe(true);
    }
  }
}

describe("parseJson against JSON.parse", () => {
  it("returns what JSON.parse returns, and locates every value, for fast-check's JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        check(write(fromValue(value), seed));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("does so for strings with escapes, lone surrogates and astral characters, odd numbers and repeated keys", () => {
    fc.assert(
      fc.property(node, fc.integer(), (tree, seed) => {
        check(write(tree, seed));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it("accepts and rejects what JSON.parse accepts and rejects, for damaged documents", () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 2 }),
      insert: fc.string({
        unit: fc.constantFrom(
          ...'{}[],:"\\0123456789-+.eEtrufalsn \n\t\r\u0000\u000b\u001f\u007f\u00a0\ufeff\ud800x/',
        ),
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(
        node,
        fc.integer(),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (tree, seed, edits) => {
          let doc = write(tree, seed).text;
          for (const { at, remove, insert } of edits) {
            const i = doc.length === 0 ? 0 : at % (doc.length + 1);
            doc = doc.slice(0, i) + insert + doc.slice(i + remove);
          }
          const expected = reference(doc);
          const parsed = parseJson(doc);
          if (expected.ok) {
            expect(parsed.error).toBeUndefined();
            expect(differs(parsed.value, expected.value)).toBeUndefined();
          } else {
            expect(parsed.error).toBeDefined();
            expect(parsed.value).toBeUndefined();
            expect(parsed.error!.offset).toBeGreaterThanOrEqual(0);
            expect(parsed.error!.offset).toBeLessThanOrEqual(doc.length);
          }
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("agrees on short texts made of JSON's own characters", () => {
    const soup = fc.string({
      unit: fc.constantFrom(...'{}[],:"\\0123456789-+.eEtrufalsn \n\u0000\u001fx'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(soup, (doc) => {
        const expected = reference(doc);
        const parsed = parseJson(doc);
        expect(parsed.error === undefined).toBe(expected.ok);
        if (expected.ok) expect(differs(parsed.value, expected.value)).toBeUndefined();
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("falls back to the deepest existing ancestor for pointers not in the document", () => {
    fc.assert(
      fc.property(node, fc.integer(), (tree, seed) => {
        const written = write(tree, seed);
        const parsed = reference(written.text);
        if (!parsed.ok) return;
        const pointers = [...written.at.keys()].filter((p) => valueAt(parsed.value, p).found);
        const missing = pointers.map((p) => `${p}/no such key/0`);
        const found = locateJson(written.text, [...pointers, ...missing]);
        for (const [i, p] of pointers.entries()) {
          const at = written.at.get(p)!;
          expect(found.get(p)).toEqual({ ...at, exact: true });
          expect(found.get(missing[i]!)).toEqual({ ...at, exact: false });
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("parseJson on deep nesting (it has no depth limit: it never recurses)", () => {
  const DEPTH = 100_000;
  // Each shape: its name, how one level opens and closes, the innermost value and its pointer.
  const shapes: [string, string, string, string, string][] = [
    ["arrays", "[", "]", "1", "/0"],
    ["objects", '{"a":', "}", "true", "/a"],
    ["arrays of objects", '[{"k":', "}]", '"deep"', "/0/k"],
  ];
  const make = (open: string, close: string, inner: string): string =>
    `${open.repeat(DEPTH)}${inner}${close.repeat(DEPTH)}`;
  it.each(shapes)(
    "parses %s 100,000 deep like JSON.parse, and locates the innermost value",
    (_, open, close, inner, segment) => {
      const doc = make(open, close, inner);
      const pointer = segment.repeat(DEPTH);
      const parsed = parseJson(doc, [pointer]);
      expect(parsed.error).toBeUndefined();
      expect(differs(parsed.value, JSON.parse(doc))).toBeUndefined();
      expect(parsed.locations!.get(pointer)).toEqual({
        offset: open.length * DEPTH,
        ...(open.endsWith(":")
          ? { keyOffset: open.length * DEPTH - open.length + open.indexOf('"') }
          : {}),
        exact: true,
      });
    },
  );

  it.each(shapes)(
    "reports, without crashing, %s 100,000 deep left open or closed once too often",
    (_, open, close, inner) => {
      const doc = make(open, close, inner);
      for (const broken of [doc.slice(0, -1), `${doc}]`, `${doc}}`]) {
        expect(reference(broken).ok).toBe(false);
        const parsed = parseJson(broken);
        expect(parsed.value).toBeUndefined();
        expect(parsed.error?.message).toMatch(/unexpected|not closed/);
      }
    },
  );
});
