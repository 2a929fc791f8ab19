/**
 * Typed nested nodes (`sc:Participant`, `schema:Place`, `sc:Citation`, `sc:Office`...) and names
 * written as language-tagged literals (`"习近平"@zh-Hans`), in both writers and both readers.
 */
import { type StatecraftRecord, toDataset } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import {
  fromJsonLd,
  fromNQuads,
  StatecraftJsonLdError,
  toJsonLd,
  toNQuadsString,
} from "../src/index.js";
import { inGraphOrder } from "../src/internal/graph-order.js";
import { bcp47Case } from "../src/internal/language-tagged.js";
import { loadExample } from "../src/test-utils/example.js";
import { canonical, toRdf } from "../src/test-utils/jsonld-client.js";
import { validateNQuads } from "../src/test-utils/shacl.js";
import { loadProfile, validateWithShaclEngine } from "../src/test-utils/shacl-engine.js";

const base = "https://data.example.org/";
const RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const RDF_FIRST = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>";
const SC = "https://w3id.org/statecraft/vocab#";

const person = (alternateNames: unknown[]): StatecraftRecord =>
  ({
    id: "xi-jinping",
    type: "actor",
    kind: "person",
    name: "Xi Jinping",
    alternateNames,
  }) as StatecraftRecord;

/** Subject → rdf:type objects, and the subjects that are rdf:List cells. */
function typesOfBlankNodes(nquads: string): { types: Map<string, string[]>; cells: Set<string> } {
  const types = new Map<string, string[]>();
  const cells = new Set<string>();
  for (const line of nquads.split("\n")) {
    const [subject, predicate, object] = line.split(" ");
    if (!subject?.startsWith("_:") || predicate === undefined || object === undefined) continue;
    if (!types.has(subject)) types.set(subject, []);
    if (predicate === RDF_TYPE) types.get(subject)?.push(object);
    if (predicate === RDF_FIRST) cells.add(subject);
  }
  return { types, cells };
}

describe("typed nested nodes", () => {
  const example = loadExample();

  it("gives every nested node of the example exactly one class in N-Quads", async () => {
    const { types, cells } = typesOfBlankNodes(await toNQuadsString(example, { base }));
    const classes = new Set<string>();
    for (const [node, list] of types) {
      if (cells.has(node)) continue;
      expect(list, node).toHaveLength(1);
      classes.add(list[0] as string);
    }
    for (const expected of [
      `<${SC}Participant>`,
      "<https://schema.org/Place>",
      `<${SC}Citation>`,
      `<${SC}Office>`,
      `<${SC}Position>`,
      `<${SC}AlternateName>`,
    ])
      expect(classes).toContain(expected);
  });

  it("writes the class terms in JSON-LD, which the context maps to the same classes", async () => {
    const doc = toJsonLd(example, { base });
    const meeting = doc["@graph"].find((n) => n.id === "blinken-xi-meeting-2024-04") as Record<
      string,
      unknown
    >;
    const participants = meeting.participants as Record<string, unknown>[];
    expect(participants.every((p) => p.type === "Participant")).toBe(true);
    const visit = doc["@graph"].find((n) => n.id === "blinken-china-visit-2024-04") as Record<
      string,
      unknown
    >;
    expect((visit.location as Record<string, unknown>).type).toBe("Location");
    expect((meeting.sources as Record<string, unknown>[])[0]?.type).toBe("Citation");
    // jsonld.js reads the same graph as the N-Quads writer writes (types included).
    expect(await canonical(await toRdf(doc))).toBe(
      await canonical(await toNQuadsString(example, { base })),
    );
  });

  // Both profiles pass on the example with both engines: see shacl-profiles.test.ts.
  it("needs the classes in the strict SHACL profile", async () => {
    const nquads = await toNQuadsString(example, { base });
    expect((await validateNQuads(nquads)).conforms).toBe(true);
    // Without its class, a participant breaks the strict profile's `sh:class sc:Participant`.
    const untyped = nquads
      .split("\n")
      .filter((line) => !(line.includes(RDF_TYPE) && line.includes(`<${SC}Participant>`)))
      .join("\n");
    expect((await validateNQuads(untyped)).conforms).toBe(false);
  });

  it("reads the types back and rejects a nested node of another class", async () => {
    const nquads = await toNQuadsString(example, { base });
    expect(await fromNQuads(nquads, { base })).toStrictEqual(inGraphOrder(example));
    expect(fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(example, { base }))))).toStrictEqual(
      example,
    );
    const wrong = nquads.replace(`${RDF_TYPE} <${SC}Citation>`, `${RDF_TYPE} <${SC}Office>`);
    await expect(fromNQuads(wrong, { base })).rejects.toThrow(/expected only <.*Citation>/);
    const doc = JSON.parse(JSON.stringify(toJsonLd(example, { base })));
    const meeting = doc["@graph"].find(
      (n: { id: unknown }) => n.id === "blinken-xi-meeting-2024-04",
    );
    meeting.participants[0].type = "Office";
    expect(() => fromJsonLd(doc)).toThrow(StatecraftJsonLdError);
  });
});

describe("names with language tags", () => {
  it("writes a name with only a language as a language-tagged literal", async () => {
    const dataset = toDataset([person([{ name: "习近平", lang: "zh-Hans" }])]);
    const doc = toJsonLd(dataset, { base });
    const node = doc["@graph"].find((n) => n.id === "xi-jinping") as Record<string, unknown>;
    expect(node.alternateNames).toEqual([{ "@value": "习近平", "@language": "zh-hans" }]);
    const nquads = await toNQuadsString(dataset, { base });
    expect(nquads).toContain(`<${base}xi-jinping> <${SC}alternateName> "习近平"@zh-hans .`);
    expect(nquads).not.toContain("inLanguage");
    expect(await canonical(await toRdf(doc))).toBe(await canonical(nquads));
  });

  it("writes a name with a kind as a typed node whose name is language-tagged", async () => {
    const dataset = toDataset([person([{ name: "习近平", lang: "zh-Hans", kind: "translation" }])]);
    const nquads = await toNQuadsString(dataset, { base });
    expect(nquads).toMatch(/_:\w+ <https:\/\/schema.org\/name> "习近平"@zh-hans \./);
    expect(nquads).toContain(`<${SC}AlternateName>`);
    expect(nquads).not.toContain("inLanguage");
  });

  it.each<[string, unknown[]]>([
    ["text and language", [{ name: "习近平", lang: "zh-Hans" }]],
    ["text, language and kind", [{ name: "习近平", lang: "zh-Hans", kind: "translation" }]],
    ["a region subtag", [{ name: "Xi Jinping", lang: "en-GB" }]],
    ["a tag not in BCP 47's case (kept as a node)", [{ name: "习近平", lang: "zh-hans" }]],
    ["no language", [{ name: "Xi", kind: "alias" }]],
    [
      "several",
      [
        { name: "习近平", lang: "zh-Hans" },
        { name: "習近平", lang: "zh-Hant", kind: "translation" },
        { name: "Си Цзиньпин", lang: "ru" },
      ],
    ],
  ])("round-trips %s through JSON-LD, N-Quads and jsonld.js", async (_, names) => {
    const dataset = toDataset([person(names)]);
    const doc = JSON.parse(JSON.stringify(toJsonLd(dataset, { base })));
    expect(fromJsonLd(doc)).toStrictEqual(dataset);
    for (const canonicalForm of [false, true]) {
      const nquads = await toNQuadsString(dataset, { base, canonical: canonicalForm });
      const back = await fromNQuads(nquads, { base });
      expect(back).toStrictEqual(inGraphOrder(dataset));
      // Through jsonld.js, which lower-cases language tags.
      const viaJsonLd = await fromNQuads(await toRdf(doc), { base });
      expect(viaJsonLd).toStrictEqual(back);
    }
  });

  it("passes both SHACL profiles with a literal name and a node name with a language tag", async () => {
    const dataset = toDataset([
      person([
        { name: "习近平", lang: "zh-Hans" },
        { name: "習近平", lang: "zh-Hant", kind: "translation" },
        { name: "Xi", lang: "en-gb" },
      ]),
    ]);
    const nquads = await toNQuadsString(dataset, { base });
    expect(nquads).toContain('"习近平"@zh-hans');
    expect(nquads).toContain('"習近平"@zh-hant');
    expect(nquads).toContain('"en-gb"');
    expect((await validateNQuads(nquads)).violations).toEqual([]);
    for (const profile of ["shapes.ttl", "shapes-open.ttl"] as const)
      expect((await validateWithShaclEngine(nquads, loadProfile(profile))).violations).toEqual([]);
    // A language-tagged string where a plain string belongs (the person's own name) is refused.
    const tagged = nquads.replace('"Xi Jinping" .', '"Xi Jinping"@en .');
    expect((await validateNQuads(tagged)).conforms).toBe(false);
  });

  it("restores BCP 47's recommended case", () => {
    expect(bcp47Case("zh-hans")).toBe("zh-Hans");
    expect(bcp47Case("en-gb")).toBe("en-GB");
    expect(bcp47Case("sr-latn-rs")).toBe("sr-Latn-RS");
    expect(bcp47Case("es-419")).toBe("es-419");
    expect(bcp47Case("de-1996")).toBe("de-1996");
  });
});
