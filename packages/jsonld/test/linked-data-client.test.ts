/**
 * The example dataset's export, checked by real clients: jsonld.js (the reference JSON-LD
 * processor, fed the context by a document loader) and rdf-validate-shacl with the shipped shapes.
 */
import { describe, expect, it } from "vitest";
import { toJsonLd, toNQuadsString } from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";
import { canonical, expand, toRdf } from "../src/test-utils/jsonld-client.js";
import { validateNQuads } from "../src/test-utils/shacl.js";

const dataset = loadExample();
const BASES = ["https://data.example.org/blinken-china-2024/", "urn:statecraft:example:"];

/** Every key used in a compacted document, except inside `@context`. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "@context") continue;
      out.add(key);
      keysOf(item, out);
    }
  }
  return out;
}

describe.each(BASES)("the example dataset exported with base %s", (base) => {
  const doc = toJsonLd(dataset, { base });

  it("expands with jsonld.js in safe mode: no key or value is dropped", async () => {
    const expanded = await expand(doc);
    // Safe mode throws on any dropped term; also check the node count survives.
    expect(expanded).toHaveLength(doc["@graph"].length);
    const keys = [...keysOf(doc)].filter((k) => !k.startsWith("@"));
    expect(keys.length).toBeGreaterThan(60);
  });

  it("gives the same graph through jsonld.js toRDF as through toNQuads (canonicalised)", async () => {
    const fromJsonLd = await canonical(await toRdf(doc));
    const ours = await canonical(await toNQuadsString(dataset, { base }));
    expect(ours.split("\n").length).toBeGreaterThan(1000);
    expect(ours).toBe(fromJsonLd);
  });

  it("conforms to the shipped SHACL shapes", async () => {
    const report = await validateNQuads(await toNQuadsString(dataset, { base }));
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});

describe("the shapes catch broken graphs", () => {
  const base = "https://data.example.org/";
  it("reports a record with an unknown property and a meeting without participants", async () => {
    const nquads = await toNQuadsString(dataset, { base });
    const meeting = `<${base}blinken-china-visit-2024-04>`;
    const broken = nquads
      .split("\n")
      .filter((line) => !(line.startsWith(meeting) && line.includes("vocab#participant>")))
      .concat(`${meeting} <https://w3id.org/statecraft/vocab#notAField> "x" .`)
      .join("\n");
    const report = await validateNQuads(broken);
    expect(report.conforms).toBe(false);
    const paths = report.violations.filter((v) => v.focus === `${base}blinken-china-visit-2024-04`).map((v) => v.path);
    expect(paths).toEqual(expect.arrayContaining(["https://w3id.org/statecraft/vocab#participant", "https://w3id.org/statecraft/vocab#notAField"]));
  });

  it("reports a reference to a record of the wrong class", async () => {
    const nquads = await toNQuadsString(dataset, { base });
    // Make Blinken's nationality point at a person instead of a state.
    const broken = nquads.replace(
      `<${base}antony-blinken> <https://schema.org/nationality> <${base}usa> .`,
      `<${base}antony-blinken> <https://schema.org/nationality> <${base}xi-jinping> .`,
    );
    expect(broken).not.toBe(nquads);
    const report = await validateNQuads(broken);
    expect(report.violations.map((v) => [v.focus, v.path])).toContainEqual([`${base}antony-blinken`, "https://schema.org/nationality"]);
  });
});
