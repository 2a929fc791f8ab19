/**
 * The two SHACL profiles — strict (closed, for our own export) and open (for consumers' graphs,
 * with SPARQL-based constraints) — run by two engines: rdf-validate-shacl (SHACL Core) and
 * shacl-engine (SHACL Core and SPARQL), on the example, on imported HSG visits (a committed
 * fixture) and on hand-made graphs that break each rule.
 */
import { readFileSync } from "node:fs";
import { type StatecraftRecord, toDataset } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { toNQuadsString } from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";
import { validateNQuads } from "../src/test-utils/shacl.js";
import {
  loadProfile,
  validateWithShaclEngine,
  withoutSparql,
} from "../src/test-utils/shacl-engine.js";

const base = "https://data.example.org/";
const visits = toDataset(
  JSON.parse(
    readFileSync(new URL("./fixtures/hsg-visits-2023-2024.json", import.meta.url), "utf8"),
  ) as StatecraftRecord[],
);
const strict = loadProfile("shapes.ttl");
const open = loadProfile("shapes-open.ttl");

const SC = "https://w3id.org/statecraft/vocab#";
const S = "https://schema.org/";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const EDTF = "http://id.loc.gov/datatypes/edtf/EDTF";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

describe.each([
  ["the example", loadExample()],
  ["imported HSG visits", visits],
])("%s", (_, dataset) => {
  it.each([
    ["strict", strict],
    ["open", open],
  ])("conforms to the %s profile with both engines", async (_profile, shapes) => {
    const nquads = await toNQuadsString(dataset, { base });
    const core = await validateNQuads(nquads, withoutSparql(shapes));
    expect(core.violations).toEqual([]);
    const engine = await validateWithShaclEngine(nquads, shapes);
    expect(engine.violations).toEqual([]);
    expect(engine.conforms).toBe(true);
  });
});

/** A consumer's meeting: its own properties, several sameAs values, whatever dates it holds. */
function meeting(extra: string[]): string {
  const m = "<https://example.org/m1>";
  return [
    `${m} <${RDF_TYPE}> <${S}Event> .`,
    `${m} <${S}name> "A meeting" .`,
    ...extra.map((line) => line.replaceAll("$m", m)),
    "",
  ].join("\n");
}

describe("the open profile, for consumers", () => {
  it("accepts extra properties and several sameAs values, which the strict profile refuses", async () => {
    const graph = [
      `<https://example.org/cn> <${RDF_TYPE}> <${S}Country> .`,
      `<https://example.org/t> <${RDF_TYPE}> <${SC}Issue> .`,
      `<https://example.org/t> <${S}name> "Taiwan" .`,
      `<https://example.org/t> <${SC}issueCategory> <${SC}IssueCategory-territorial> .`,
      `<https://example.org/t> <${S}sameAs> <http://www.wikidata.org/entity/Q865> .`,
      `<https://example.org/t> <${S}sameAs> <http://dbpedia.org/resource/Taiwan> .`,
      `<https://example.org/t> <https://example.org/ours#note> "extra" .`,
      `<https://example.org/cn> <${S}name> "China" .`,
      `<https://example.org/cn> <${S}sameAs> <http://www.wikidata.org/entity/Q148> .`,
      `<https://example.org/cn> <${S}sameAs> <http://viaf.org/viaf/139571855> .`,
      `<https://example.org/cn> <${S}sameAs> <http://dbpedia.org/resource/China> .`,
      `<https://example.org/cn> <https://example.org/ours#population> "1400000000" .`,
      "",
    ].join("\n");
    expect((await validateWithShaclEngine(graph, open)).violations).toEqual([]);
    expect((await validateNQuads(graph, withoutSparql(open))).violations).toEqual([]);
    expect((await validateWithShaclEngine(graph, strict)).conforms).toBe(false);
  });

  it.each([
    ["a date that is not EDTF", `$m <${SC}date> "late April 2024"^^<${EDTF}> .`, "EDTF"],
    ["a reversed interval", `$m <${SC}date> "2024-04-26/2024-04-24"^^<${EDTF}> .`, "interval"],
    [
      "an end date before the start date",
      `$m <${S}startDate> "2024-04-26"^^<${XSD}date> .\n$m <${S}endDate> "2024-04-24"^^<${XSD}date> .`,
      "start",
    ],
    ["a meeting that is its own superEvent", `$m <${S}superEvent> $m .`, "own parent"],
    ["a day that does not exist", `$m <${S}startDate> "2024-04-31"^^<${XSD}date> .`, "calendar"],
    [
      "29 February of a common year",
      `$m <${SC}dateEarliest> "2023-02-29"^^<${XSD}date> .`,
      "calendar",
    ],
  ])("reports %s (shacl-engine, SPARQL constraints)", async (_, lines, message) => {
    const report = await validateWithShaclEngine(meeting(lines.split("\n")), open);
    expect(report.conforms).toBe(false);
    expect(report.violations.map((v) => v.message).join(" | ")).toMatch(new RegExp(message, "i"));
  });

  it.each([
    `$m <${SC}date> "2024-04~"^^<${EDTF}> .`,
    `$m <${SC}date> "2024-04-24/2024-04-26"^^<${EDTF}> .`,
    `$m <${SC}date> "../2024-04"^^<${EDTF}> .`,
    `$m <${SC}date> "2024-XX"^^<${EDTF}> .`,
    `$m <${S}startDate> "2024-02-29"^^<${XSD}date> .\n$m <${S}endDate> "2024-03-01"^^<${XSD}date> .`,
    `$m <${S}startDate> "2024-04-24"^^<${XSD}date> .\n$m <${S}endDate> "2024-04"^^<${XSD}gYearMonth> .`,
  ])("accepts valid dates: %s", async (lines) => {
    const report = await validateWithShaclEngine(meeting(lines.split("\n")), open);
    expect(report.violations).toEqual([]);
  });
});
