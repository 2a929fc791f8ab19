import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Interner } from "./interner.js";

/** The numbering a `Map` gives: each distinct string its first-seen position. */
function modelNumbers(strings: readonly string[]): number[] {
  const model = new Map<string, number>();
  return strings.map((s) => {
    let n = model.get(s);
    if (n === undefined) {
      n = model.size;
      model.set(s, n);
    }
    return n;
  });
}

describe("Interner", () => {
  it("numbers distinct strings densely in first-seen order", () => {
    const interner = new Interner();
    expect(["b", "a", "b", "c", "a"].map((s) => interner.intern(s))).toEqual([0, 1, 0, 2, 1]);
    expect(interner.size).toBe(3);
    expect([0, 1, 2].map((n) => interner.name(n))).toEqual(["b", "a", "c"]);
  });

  it("matches equal strings however they were built", () => {
    const interner = new Interner();
    const n = interner.intern("source-1099");
    const parsed = JSON.parse('{"id":"source-1099"}') as { id: string };
    expect(interner.intern(parsed.id)).toBe(n);
    expect(interner.intern(["source", "1099"].join("-"))).toBe(n);
    expect(interner.intern("xsource-1099x".slice(1, -1))).toBe(n);
    expect(interner.intern("source-1098")).toBe(1);
    expect(interner.intern("source-10990")).toBe(2);
  });

  it("finds without numbering", () => {
    const interner = new Interner();
    interner.intern("person-1");
    expect(interner.find("person-1")).toBe(0);
    expect(interner.find("person-2")).toBe(-1);
    expect(interner.find("")).toBe(-1);
    expect(interner.size).toBe(1);
  });

  it("keeps every UTF-16 code unit: empty, astral, lone surrogates, very long strings", () => {
    const interner = new Interner();
    const strings = [
      "",
      "é€",
      "😀-id",
      "\ud800",
      "a\udc00b",
      "x".repeat(10_000),
      "y".repeat(40_000),
      "z",
    ];
    const numbers = strings.map((s) => interner.intern(s));
    expect(numbers).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [i, s] of strings.entries()) {
      expect(interner.name(i)).toBe(s);
      expect(interner.find(s)).toBe(i);
    }
    expect(interner.find("\ud801")).toBe(-1);
  });

  it("keeps finding every string as it grows past its first capacity", () => {
    const interner = new Interner(4);
    const count = 50_000;
    const ids = Array.from({ length: count }, (_, i) => `id-${i}`);
    const order = ids.map((_, i) => i);
    expect(ids.map((id) => interner.intern(id))).toEqual(order);
    expect(interner.size).toBe(count);
    expect(ids.map((id) => interner.find(id))).toEqual(order);
    expect(ids.map((id) => interner.intern(`${id}`))).toEqual(order);
    expect(interner.find(`id-${count}`)).toBe(-1);
    expect(interner.name(count - 1)).toBe(`id-${count - 1}`);
  });

  it("refuses numbers it did not give", () => {
    const interner = new Interner();
    interner.intern("a");
    expect(() => interner.name(1)).toThrow(RangeError);
    expect(() => interner.name(-1)).toThrow(RangeError);
  });

  it("numbers, finds and names like a Map on any strings", () => {
    const strings = fc.oneof(
      // Few distinct values, so that strings repeat.
      fc.string({ unit: fc.constantFrom("a", "b", "-", "é"), maxLength: 4 }),
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.string({ unit: "grapheme-composite", maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(strings, { maxLength: 400 }),
        fc.array(strings, { maxLength: 20 }),
        (input, probes) => {
          const interner = new Interner(1);
          const numbers = input.map((s) => interner.intern(s));
          const want = modelNumbers(input);
          expect(numbers).toEqual(want);
          const distinct = [...new Set(input)];
          expect(interner.size).toBe(distinct.length);
          for (const [n, s] of distinct.entries()) expect(interner.name(n)).toBe(s);
          for (const probe of probes) expect(interner.find(probe)).toBe(distinct.indexOf(probe));
        },
      ),
      { seed: 20240421, numRuns: 300 },
    );
  });
});
