/** The shipped vocabulary, parsed: ontology metadata and alignments with other vocabularies. */
import { readFileSync } from "node:fs";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";

const text = readFileSync(new URL("../vocab/vocab.ttl", import.meta.url), "utf8");
const quads = new Parser({ format: "Turtle" }).parse(text);
const SC = "https://w3id.org/statecraft/vocab#";
const has = (s: string, p: string, o: string) =>
  quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";

describe("vocab.ttl", () => {
  it("describes the ontology: version IRI, licence, creator, preferred prefix", () => {
    const about = (p: string) =>
      quads.find((q) => q.subject.value === SC && q.predicate.value === p)?.object.value;
    expect(about("http://www.w3.org/2002/07/owl#versionIRI")).toMatch(/\/vocab\/\d+\.\d+$/);
    expect(about("http://purl.org/dc/terms/license")).toBe("https://spdx.org/licenses/MIT");
    expect(about("http://purl.org/dc/terms/creator")).toBeTruthy();
    expect(about("http://purl.org/vocab/vann/preferredNamespacePrefix")).toBe("sc");
  });

  it("aligns citations with PROV, offices with W3C ORG, representing with Popolo", () => {
    expect(has(`${SC}Citation`, `${RDFS}subClassOf`, "http://www.w3.org/ns/prov#Derivation")).toBe(
      true,
    );
    expect(
      has(`${SC}citation`, `${RDFS}subPropertyOf`, "http://www.w3.org/ns/prov#qualifiedDerivation"),
    ).toBe(true);
    expect(has(`${SC}Office`, `${RDFS}subClassOf`, "http://www.w3.org/ns/org#Membership")).toBe(
      true,
    );
    expect(has(`${SC}Office`, `${SKOS}closeMatch`, "http://www.w3.org/ns/org#Post")).toBe(true);
    expect(
      has(`${SC}representing`, `${SKOS}closeMatch`, "http://www.w3.org/ns/opengov#onBehalfOf"),
    ).toBe(true);
  });

  it("makes every enumeration a SKOS concept scheme of its values", () => {
    expect(
      has(
        `${SC}MeetingStatus`,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        `${SKOS}ConceptScheme`,
      ),
    ).toBe(true);
    expect(has(`${SC}MeetingStatus-held`, `${SKOS}inScheme`, `${SC}MeetingStatus`)).toBe(true);
    expect(has(`${SC}DatePrecision-month`, `${SKOS}inScheme`, `${SC}DatePrecision`)).toBe(true);
  });

  it("gives rdfs:domain and rdfs:range where a property has exactly one", () => {
    expect(has(`${SC}source`, `${RDFS}domain`, `${SC}Citation`)).toBe(true);
    expect(has(`${SC}attendanceStatus`, `${RDFS}range`, `${SC}AttendanceStatus`)).toBe(true);
    // sc:date is used on meetings, positions and tariff phases: no single domain.
    expect(
      quads.some((q) => q.subject.value === `${SC}date` && q.predicate.value === `${RDFS}domain`),
    ).toBe(false);
  });

  it("puts every date bound under sc:earliest / sc:latest", () => {
    expect(has(`${SC}dateEarliest`, `${RDFS}subPropertyOf`, `${SC}earliest`)).toBe(true);
    expect(has(`${SC}startLatest`, `${RDFS}subPropertyOf`, `${SC}latest`)).toBe(true);
  });
});
