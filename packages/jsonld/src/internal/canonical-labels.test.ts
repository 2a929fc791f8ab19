import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonize } from "rdf-canonize";
import { describe, expect, it } from "vitest";
import { canonicalNQuadsLines, toNQuads } from "../n-quads.js";
import { datasetArbitrary } from "../test-utils/arbitrary.js";
import { loadExample } from "../test-utils/example.js";
import { canonicalTreeNQuads } from "./canonical-labels.js";
import { sha256Hex } from "./sha256.js";

async function reference(lines: readonly string[]): Promise<string> {
  return canonize(lines.join(""), {
    algorithm: "RDFC-1.0",
    inputFormat: "application/n-quads",
    format: "application/n-quads",
    maxWorkFactor: 3,
  });
}

/**
 * Random trees of blank nodes under a few IRIs, drawn from tiny alphabets of predicates and
 * literals so that many nodes have the same first-degree hash and the N-degree hash (with its
 * permutations and recursion) decides the labels.
 */
const treeGraphArbitrary: fc.Arbitrary<string[]> = fc
  .array(
    fc.record({
      parent: fc.nat(),
      predicate: fc.constantFrom("p", "q"),
      leaf: fc.option(fc.constantFrom('"x"', '"y"', "<urn:t:v>"), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .chain((nodes) =>
    fc.tuple(
      fc.constant(nodes),
      fc.shuffledSubarray(
        nodes.map((_, i) => i),
        { minLength: nodes.length },
      ),
    ),
  )
  .map(([nodes, labels]) => {
    const lines: string[] = [];
    nodes.forEach((node, i) => {
      // Node i hangs off an earlier blank node or one of two IRIs: always a tree.
      const choice = i === 0 ? node.parent % 2 : node.parent % (i + 2);
      const subject = choice < 2 ? `<urn:t:r${choice}>` : `_:n${labels[choice - 2]}`;
      lines.push(`${subject} <urn:t:${node.predicate}> _:n${labels[i]} .\n`);
      if (node.leaf !== undefined) lines.push(`_:n${labels[i]} <urn:t:leaf> ${node.leaf} .\n`);
    });
    return lines;
  });

describe("sha256Hex", () => {
  it("agrees with node:crypto on any text, ASCII or not, across block boundaries", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 80 })),
        (text) => {
          expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
        },
      ),
    );
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = "a".repeat(n);
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });
});

describe("canonicalTreeNQuads", () => {
  it("gives rdf-canonize's bytes for the example", async () => {
    const lines = [...toNQuads(loadExample(), { base: "https://data.example.org/" })];
    const ours = canonicalTreeNQuads(lines);
    expect(ours).toBeDefined();
    expect(ours?.join("")).toBe(await reference(lines));
  });

  it("gives rdf-canonize's bytes for any valid dataset", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        const lines = [...toNQuads(dataset, { base: "urn:x:" })];
        expect(canonicalTreeNQuads(lines)?.join("")).toBe(await reference(lines));
      }),
      { numRuns: 60 },
    );
  });

  it("gives rdf-canonize's bytes for trees whose first-degree hashes collide", async () => {
    await fc.assert(
      fc.asyncProperty(treeGraphArbitrary, async (lines) => {
        expect(canonicalTreeNQuads(lines)?.join("")).toBe(await reference(lines));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on blank node labels or statement order", () => {
    const lines = [
      "<urn:t:r> <urn:t:p> _:a .\n",
      "<urn:t:r> <urn:t:p> _:b .\n",
      '_:a <urn:t:leaf> "x" .\n',
      '_:b <urn:t:leaf> "x" .\n',
      "_:b <urn:t:q> _:c .\n",
    ];
    const relabelled = lines
      .map((line) =>
        line.replaceAll("_:a", "_:zz").replaceAll("_:b", "_:a").replaceAll("_:c", "_:q1"),
      )
      .reverse();
    expect(canonicalTreeNQuads(relabelled)).toEqual(canonicalTreeNQuads(lines));
  });

  it("refuses graphs whose blank nodes are not trees, which then go to rdf-canonize", async () => {
    const shared = ["<urn:t:r> <urn:t:p> _:a .\n", "<urn:t:s> <urn:t:p> _:a .\n"];
    const cycle = ["_:a <urn:t:p> _:b .\n", "_:b <urn:t:p> _:a .\n"];
    const loop = ["_:a <urn:t:p> _:a .\n"];
    for (const lines of [shared, cycle, loop]) {
      expect(canonicalTreeNQuads(lines)).toBeUndefined();
      expect((await canonicalNQuadsLines(lines)).join("")).toBe(await reference(lines));
    }
  });

  it("writes a repeated statement once, as a graph is a set", () => {
    const line = '<urn:t:r> <urn:t:p> "x" .\n';
    expect(canonicalTreeNQuads([line, line])).toEqual([line]);
  });
});
