/**
 * What a generic JSON-LD processor (jsonld.js) does with the context: a node typed otherwise or
 * not at all keeps its properties, compacting the expanded export gives the document back, and
 * the terms are protected.
 */
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { statecraftContext } from "../src/context.js";
import { toJsonLd } from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";
import { documentLoader, expand } from "../src/test-utils/jsonld-client.js";

const dataset = loadExample();
const base = "https://data.example.org/blinken-china-2024/";

type Node = Record<string, unknown>;

function meetingOf(doc: { "@graph": readonly unknown[] }, id: string): Node {
  const node = doc["@graph"].find((n) => (n as Node).id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node as Node;
}

describe("the JSON-LD context with a generic processor", () => {
  it.each([
    ["left untyped", undefined],
    ["typed schema:Event", "schema:Event"],
  ])("keeps a meeting's properties when it is %s (safe mode)", async (_, type) => {
    const doc = toJsonLd(dataset, { base, context: "embed" });
    const meeting = { ...meetingOf(doc, "blinken-xi-meeting-2024-04") };
    // `kind`, `status` and `parent` mean different things on different classes: they need the type.
    for (const key of ["kind", "status", "parent"]) delete meeting[key];
    if (type === undefined) delete meeting.type;
    else meeting.type = type;
    const one = { "@context": doc["@context"], "@graph": [meeting] };
    const [expanded] = (await expand(one)) as Node[];
    const keys = Object.keys(expanded ?? {}).sort();
    for (const iri of [
      "https://schema.org/name",
      "https://w3id.org/statecraft/vocab#participant",
      "https://w3id.org/statecraft/vocab#date",
      "https://w3id.org/statecraft/vocab#dateEarliest",
      "https://schema.org/startDate",
      "https://schema.org/attendee",
    ])
      expect(keys).toContain(iri);
    const participants = expanded?.["https://w3id.org/statecraft/vocab#participant"] as Node[];
    expect(Object.keys(participants[0] ?? {})).toContain("https://w3id.org/statecraft/vocab#actor");
  });

  it("gives the document back when the expanded export is compacted again (jsonld.js)", async () => {
    for (const options of [{ base }, { base: "urn:example:" }]) {
      const doc = toJsonLd(dataset, { ...options, context: "embed" });
      const expanded = await jsonld.expand(
        doc as unknown as jsonld.JsonLdDocument,
        {
          documentLoader,
        } as jsonld.Options.Expand,
      );
      const compacted = (await jsonld.compact(
        expanded,
        { "@context": doc["@context"] } as jsonld.ContextDefinition,
        {
          documentLoader,
        } as jsonld.Options.Compact,
      )) as unknown as { "@graph": Node[] };
      expect(JSON.stringify(compacted["@graph"])).not.toContain("@reverse");
      const byId = (nodes: readonly unknown[]) =>
        [...nodes].sort((a, b) => String((a as Node).id).localeCompare(String((b as Node).id)));
      expect(byId(compacted["@graph"])).toEqual(byId(doc["@graph"]));
    }
  });

  it("marks the terms protected: a later context may not redefine one", async () => {
    const doc = {
      "@context": [statecraftContext()["@context"], { participants: "http://example.org/p" }],
      id: "urn:x:1",
      type: "Meeting",
      participants: [],
    };
    await expect(expand(doc)).rejects.toMatchObject({
      details: { code: "protected term redefinition" },
    });
  });

  it("leaves unprotected only the terms a class undefines for its own name of the property", () => {
    const context = statecraftContext()["@context"] as Record<string, unknown>;
    const unprotected = Object.entries(context)
      .filter(([, def]) => (def as { "@protected"?: boolean } | null)?.["@protected"] === false)
      .map(([name]) => name)
      .sort();
    // name/title/place (schema:name), lang/language (schema:inLanguage), start/startDate,
    // end/endDate, issue/issues (sc:issue), target/targets (sc:target).
    expect(unprotected).toEqual([
      "end",
      "issue",
      "lang",
      "name",
      "place",
      "start",
      "target",
      "title",
    ]);
  });
});
