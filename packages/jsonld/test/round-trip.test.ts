/**
 * Property tests (fast-check, seeded): random valid datasets survive export and re-import
 * exactly (N-Quads: up to the canonical order a graph gives), and the N-Quads writer gives the
 * same graph as jsonld.js for them.
 */
import { datasetRecords } from "@statecraft/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJsonLd, fromNQuads, toJsonLd, toNQuadsString } from "../src/index.js";
import { inGraphOrder } from "../src/internal/graph-order.js";
import { datasetArbitrary } from "../src/test-utils/arbitrary.js";
import { loadExample, REAL_ENGAGEMENTS_DIR } from "../src/test-utils/example.js";
import { canonical, toRdf } from "../src/test-utils/jsonld-client.js";

const SEED = 20240421;
const baseArbitrary = fc.constantFrom(
  "https://data.example.org/statecraft/",
  "urn:statecraft:test:",
  "https://example.org/data#",
  "http://example.org/?id=",
);

describe("round trip", () => {
  it("fromJsonLd(JSON of toJsonLd(dataset)) deep-equals the dataset", () => {
    fc.assert(
      fc.property(datasetArbitrary, baseArbitrary, fc.boolean(), (dataset, base, embed) => {
        const doc = toJsonLd(dataset, { base, context: embed ? "embed" : "url" });
        const back = fromJsonLd(JSON.parse(JSON.stringify(doc)));
        expect(back).toStrictEqual(dataset);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("fromNQuads(toNQuadsString(dataset)) deep-equals the dataset in graph order, canonical or not", async () => {
    // In RDF a record is its IRI: a valid dataset has unique ids (validate's duplicate_id rule).
    const unique = datasetArbitrary.filter((dataset) => {
      const ids = datasetRecords(dataset).map((record) => record.id);
      return new Set(ids).size === ids.length;
    });
    await fc.assert(
      fc.asyncProperty(unique, baseArbitrary, fc.boolean(), async (dataset, base, canonical) => {
        const back = await fromNQuads(await toNQuadsString(dataset, { base, canonical }), { base });
        expect(back).toStrictEqual(inGraphOrder(dataset));
        // The same dataset fromJsonLd reads, once in that order.
        const doc = JSON.parse(JSON.stringify(toJsonLd(dataset, { base })));
        expect(back).toStrictEqual(inGraphOrder(fromJsonLd(doc)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("toNQuads gives the same graph as jsonld.js toRDF of the JSON-LD (canonicalised)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, baseArbitrary, async (dataset, base) => {
        const viaJsonLd = await canonical(await toRdf(toJsonLd(dataset, { base })));
        const ours = await canonical(await toNQuadsString(dataset, { base }));
        expect(ours).toBe(viaJsonLd);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe("round trip of the real engagements (examples/real-engagements)", () => {
  const dataset = loadExample(REAL_ENGAGEMENTS_DIR);

  it("keeps concurrency, attendance modes and sites, partOf, joint positions, stages and company rates", () => {
    const doc = JSON.parse(JSON.stringify(toJsonLd(dataset, { base: "urn:statecraft:test:" })));
    expect(fromJsonLd(doc)).toStrictEqual(dataset);
    const text = JSON.stringify(doc);
    for (const term of [
      "concurrency",
      "attendanceMode",
      "partOf",
      "jointWith",
      "companyRate",
      "supersedes",
      "baseDuty",
    ])
      expect(text, term).toContain(term);
  });

  it("survives N-Quads", async () => {
    const base = "urn:statecraft:test:";
    const back = await fromNQuads(await toNQuadsString(dataset, { base }), { base });
    expect(back).toStrictEqual(inGraphOrder(dataset));
  });
});
