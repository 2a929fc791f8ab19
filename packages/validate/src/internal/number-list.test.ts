import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FloatList, IntList } from "./number-list.js";

/** Every entry of a list, read back one by one. */
function entries(list: IntList | FloatList): number[] {
  return Array.from({ length: list.length }, (_, i) => list.get(i));
}

describe("IntList", () => {
  it("starts empty and keeps what is pushed, across many blocks", () => {
    const list = new IntList();
    expect(list.length).toBe(0);
    const want = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 65_536) - 32_768);
    for (const n of want) list.push(n);
    expect(list.length).toBe(want.length);
    expect(entries(list)).toEqual(want);
  });

  it("replaces entries in place, in any block", () => {
    const list = new IntList();
    for (let i = 0; i < 40_000; i++) list.push(-1);
    list.set(0, 5);
    list.set(16_383, 6);
    list.set(16_384, 7);
    list.set(39_999, 8);
    expect([0, 16_383, 16_384, 16_385, 39_999].map((i) => list.get(i))).toEqual([5, 6, 7, -1, 8]);
    expect(list.length).toBe(40_000);
  });

  it("holds the full 32-bit signed range", () => {
    const list = new IntList();
    for (const n of [0, 1, -1, 2 ** 31 - 1, -(2 ** 31)]) list.push(n);
    expect(entries(list)).toEqual([0, 1, -1, 2 ** 31 - 1, -(2 ** 31)]);
  });

  it("behaves like an array under any pushes and sets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 40_000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }))),
        (pushes, sets) => {
          const list = new IntList();
          const model: number[] = [];
          for (const n of pushes) {
            list.push(n);
            model.push(n);
          }
          for (const [at, n] of sets) {
            if (model.length === 0) break;
            list.set(at % model.length, n);
            model[at % model.length] = n;
          }
          expect(list.length).toBe(model.length);
          expect(entries(list)).toEqual(model);
        },
      ),
      { seed: 20240421, numRuns: 50 },
    );
  });
});

describe("FloatList", () => {
  it("keeps doubles exactly, infinities and NaN included, across many blocks", () => {
    const list = new FloatList();
    const want = Array.from({ length: 50_000 }, (_, i) => i * 86_400_000.5 - 1e15);
    want.push(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NaN, 2 ** 53 + 2);
    for (const n of want) list.push(n);
    expect(list.length).toBe(want.length);
    expect(entries(list)).toEqual(want);
  });

  it("behaves like an array under any pushes", () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 40_000 }), (pushes) => {
        const list = new FloatList();
        for (const n of pushes) list.push(n);
        expect(list.length).toBe(pushes.length);
        expect(entries(list)).toEqual(pushes);
      }),
      { seed: 20240421, numRuns: 50 },
    );
  });
});
