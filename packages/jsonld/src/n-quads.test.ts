import { datasetRecords, toDataset } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { toJsonLd } from "./json-ld.js";
import { toNQuads, toNQuadsString } from "./n-quads.js";
import { loadExample } from "./test-utils/example.js";

const dataset = loadExample();
const base = "https://data.example.org/blinken/";

describe("toNQuads", () => {
  it("streams one statement per line, sync or async, with the same text", async () => {
    const sync = [...toNQuads(dataset, { base })];
    const asyncLines: string[] = [];
    for await (const line of toNQuads(dataset, { base })) asyncLines.push(line);
    expect(asyncLines).toEqual(sync);
    expect(
      sync.every((line) =>
        /^(<[^>]+>|_:b\d+) <[^>]+> (<[^>]*>|_:b\d+|".*"(\^\^<[^>]+>|@[a-z]+(-[a-z0-9]+)*)?) \.\n$/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(sync.join("")).toBe(await toNQuadsString(dataset, { base }));
  });

  it("writes the statements people query for", async () => {
    const text = await toNQuadsString(dataset, { base });
    const visit = `<${base}blinken-china-visit-2024-04>`;
    for (const line of [
      `${visit} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event> .`,
      `${visit} <https://schema.org/eventStatus> <https://schema.org/EventScheduled> .`,
      `${visit} <https://schema.org/startDate> "2024-04-24"^^<http://www.w3.org/2001/XMLSchema#date> .`,
      `${visit} <https://schema.org/attendee> <${base}antony-blinken> .`,
      `${visit} <https://schema.org/subEvent> <${base}blinken-shanghai-2024-04> .`,
      `<${base}antony-blinken> <https://schema.org/sameAs> <http://www.wikidata.org/entity/Q15637547> .`,
    ]) {
      expect(text).toContain(`${line}\n`);
    }
  });

  it("escapes literals as canonical N-Quads", async () => {
    const text = await toNQuadsString(
      toDataset([{ id: "x", type: "issue", name: 'a "q" \\ \n\t\u0007', category: "other" }]),
      { base },
    );
    expect(text).toContain(`<https://schema.org/name> "a \\"q\\" \\\\ \\n\\t\\u0007" .`);
  });

  it("is canonical (RDFC-1.0) and independent of record order when asked", async () => {
    const canonical = await toNQuadsString(dataset, { base, canonical: true });
    const reversed = toDataset([...datasetRecords(dataset)].reverse(), {
      name: dataset.name ?? "",
      license: "CC0-1.0",
    });
    expect(await toNQuadsString(reversed, { base, canonical: true })).toBe(canonical);
    const lines = canonical.trimEnd().split("\n");
    expect(lines).toEqual([...lines].sort());
    expect(canonical).toContain("_:c14n0");
    const streamed: string[] = [];
    for await (const line of toNQuads(dataset, { base, canonical: true })) streamed.push(line);
    expect(streamed.join("")).toBe(canonical);
  });
});

describe("states are the same as their Wikidata item", () => {
  it("writes owl:sameAs from the ISO 3166-1 code, in N-Quads and JSON-LD alike", async () => {
    const text = await toNQuadsString(dataset, { base });
    expect(text).toContain(
      `<${base}china> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q148> .\n`,
    );
    expect(text).toContain(
      `<${base}usa> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q30> .\n`,
    );
    const china = toJsonLd(dataset, { base })["@graph"].find((node) => node.id === "china");
    expect(china?.sameAs).toBe("Q148");
  });
});
