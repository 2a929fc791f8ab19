import { datasetRecords, toDataset } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { statecraftContext } from "./context.js";
import { StatecraftJsonLdError } from "./error.js";
import { fromJsonLd } from "./from-json-ld.js";
import { fromNQuads } from "./from-n-quads.js";
import { toJsonLd, toJsonLdText } from "./json-ld.js";
import { toNQuadsString } from "./n-quads.js";
import { STATECRAFT_CONTEXT_URL } from "./namespaces.js";
import { loadExample } from "./test-utils/example.js";

const dataset = loadExample();
const base = "https://data.example.org/blinken/";

describe("toJsonLd", () => {
  const doc = toJsonLd(dataset, { base });
  const node = (id: string) => doc["@graph"].find((n) => n.id === id);

  it("embeds the context by default, or references a URL, and sets @base", () => {
    expect(doc["@context"]).toEqual([statecraftContext()["@context"], { "@base": base }]);
    expect(toJsonLd(dataset, { base, context: "url" })["@context"]).toEqual([
      STATECRAFT_CONTEXT_URL,
      { "@base": base },
    ]);
    expect(STATECRAFT_CONTEXT_URL).toMatch(/\/context\/\d+\.\d+\.jsonld$/);
    const own = "https://example.org/statecraft/context.jsonld";
    expect(toJsonLd(dataset, { base, context: { url: own } })["@context"][0]).toBe(own);
    expect(() => toJsonLd(dataset, { context: { url: "not a url" } })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("writes the dataset node first, then every record", () => {
    expect(doc["@graph"][0]).toEqual({
      id: "./",
      type: "Dataset",
      name: "Blinken's visit to China, April 2024",
      license: "CC0-1.0",
      uriSpace: base,
    });
    expect(doc["@graph"]).toHaveLength(datasetRecords(dataset).length + 1);
  });

  it("gives each dataset its own IRI under the default base, and states the base", async () => {
    const records = datasetRecords(dataset);
    const all = toJsonLd(records)["@graph"][0];
    const some = toJsonLd(records.slice(1))["@graph"][0];
    expect(all?.id).toMatch(/^urn:statecraft:dataset:[0-9a-f]{16}$/);
    expect(some?.id).toMatch(/^urn:statecraft:dataset:[0-9a-f]{16}$/);
    expect(all?.id).not.toBe(some?.id);
    expect(toJsonLd([...records].reverse())["@graph"][0]?.id).toBe(all?.id);
    expect(all?.uriSpace).toBe("urn:statecraft:");
    const nquads = await toNQuadsString(records);
    expect(nquads).toContain(
      `<${all?.id}> <http://rdfs.org/ns/void#uriSpace> "urn:statecraft:" .\n`,
    );
    expect(fromJsonLd(toJsonLd(records)).actors?.length).toBe(dataset.actors?.length);
    expect((await fromNQuads(nquads)).actors?.length).toBe(dataset.actors?.length);
  });

  it("reads like the data: fields keep their names, dates carry their precision", () => {
    expect(node("blinken-china-visit-2024-04")).toMatchObject({
      type: ["Meeting", "Event"],
      kind: "visit",
      status: "planned",
      date: { "@value": "2024-04-24/2024-04-26", type: "edtf:EDTF" },
      startDate: { "@value": "2024-04-24", type: "xsd:date" },
      endDate: { "@value": "2024-04-26", type: "xsd:date" },
      eventStatus: "schema:EventScheduled",
      location: { state: "china" },
    });
    expect(node("antony-blinken")).toMatchObject({
      type: "Person",
      name: "Antony Blinken",
      nationality: ["usa"],
    });
  });

  it("types government bodies as schema:GovernmentOrganization too", () => {
    expect(node("us-state-department")?.type).toEqual(["Organization", "GovernmentOrganization"]);
  });

  it("writes absolute IRIs when the base does not end in /", () => {
    const urn = toJsonLd(dataset, { base: "urn:sc:", context: "url" });
    expect(urn["@context"]).toEqual([STATECRAFT_CONTEXT_URL]);
    expect(urn["@graph"][0]?.id).toBe("urn:sc:");
    expect(urn["@graph"].find((n) => n.id === "urn:sc:antony-blinken")).toMatchObject({
      nationality: ["urn:sc:usa"],
    });
  });

  it("sorts records by type and id when canonical, so file order does not matter", () => {
    const shuffled = toDataset([...datasetRecords(dataset)].reverse(), {
      name: dataset.name ?? "",
      license: "CC0-1.0",
    });
    const a = toJsonLd(dataset, { base, canonical: true });
    expect(toJsonLd(shuffled, { base, canonical: true })).toEqual(a);
    const ids = a["@graph"]
      .slice(1)
      .filter((n) => n.type === "Meeting")
      .map((n) => n.id as string);
    expect(ids).toEqual([...ids].sort());
  });

  it("refuses an unusable base", () => {
    expect(() => toJsonLd(dataset, { base: "relative/" })).toThrow(StatecraftJsonLdError);
  });
});

describe("toJsonLdText", () => {
  it("streams exactly the pretty-printed document", () => {
    for (const options of [
      { base },
      { base: "urn:x:", canonical: true },
      { context: "embed" as const },
    ]) {
      expect([...toJsonLdText(dataset, options)].join("")).toBe(
        `${JSON.stringify(toJsonLd(dataset, options), null, 2)}\n`,
      );
    }
  });

  it("accepts records from any iterable", () => {
    const text = [...toJsonLdText(datasetRecords(dataset).values(), { base })].join("");
    expect(fromJsonLd(JSON.parse(text))).toEqual({
      ...dataset,
      name: undefined,
      license: undefined,
    });
  });
});

describe("fromJsonLd", () => {
  it("reads the example back exactly", () => {
    expect(fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(dataset, { base }))))).toStrictEqual(
      dataset,
    );
    expect(
      fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(dataset, { base: "urn:x:" })))),
    ).toStrictEqual(dataset);
  });

  it.each([
    ["not a document", 42, "expected a JSON-LD document with an @graph array"],
    [
      "a node without a record class",
      { "@graph": [{ id: "x", type: "Thing" }] },
      "/@graph/0: no record type",
    ],
    [
      "a bad enum value",
      { "@graph": [{ id: "x", type: "Issue", name: "n", category: "nope" }] },
      "/@graph/0/category: expected one of",
    ],
    [
      "an IRI outside the base",
      { "@context": [{ "@base": "https://a/" }], "@graph": [{ id: "https://b/x", type: "Issue" }] },
      "is not under the base IRI",
    ],
    [
      "a broken percent-encoding",
      { "@graph": [{ id: "%E5", type: "Issue" }] },
      "is not a percent-encoded record id",
    ],
  ])("names the problem in %s", (_, doc, message) => {
    expect(() => fromJsonLd(doc)).toThrow(message);
  });
});
