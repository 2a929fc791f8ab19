/**
 * The "meetings in April 2024" query of docs/linked-data.md, read from the guide and run with a
 * real SPARQL engine (Oxigraph's JavaScript build) on the example with meetings of every kind of
 * partial date.
 */
import { readFileSync } from "node:fs";
import { datasetRecords, type Meeting, toDataset } from "@statecraft/core";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { toNQuadsString } from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";

const guide = readFileSync(new URL("../../../docs/linked-data.md", import.meta.url), "utf8");
const marker = guide.indexOf("<!-- sparql:april-2024 -->");
const block = /```sparql\n([\s\S]*?)```/.exec(guide.slice(marker));
const query = block?.[1] ?? "";

/** Dates and whether each may fall in April 2024. */
const DATES: readonly [string, boolean][] = [
  ["2024-04~", true],
  ["2024?", true],
  ["2024-04-XX", true],
  ["2024-04-24T10:30Z", true],
  ["2024-04", true],
  ["2024-04-24/2024-04-26", true],
  ["2024-03-30/2024-04-02", true],
  ["2024-04-30", true],
  ["../2024-04-05", true],
  ["2024-04-28/..", true],
  ["2024-XX", true],
  ["2024-05-01", false],
  ["2024-03", false],
  ["2023", false],
  ["../2024-03-31", false],
  ["2024-05/..", false],
  ["2024-04-30T23:59:59-10:00", true],
];

async function store(): Promise<oxigraph.Store> {
  const example = loadExample();
  const template = datasetRecords(example).find((r): r is Meeting => r.type === "meeting");
  if (!template) throw new Error("the example has no meeting");
  const others = datasetRecords(example).filter((r) => r.type !== "meeting");
  const meetings: Meeting[] = DATES.map(([date], i) => {
    const { parent: _parent, ...rest } = template;
    return { ...rest, id: `m${String(i).padStart(2, "0")}`, date };
  });
  const text = await toNQuadsString(toDataset([...others, ...meetings]), {
    base: "https://example.org/",
  });
  const s = new oxigraph.Store();
  s.load(text, { format: "application/n-quads" });
  return s;
}

describe("the guide's SPARQL range query over partial dates", () => {
  it("is in the guide", () => {
    expect(query).toContain("sc:dateEarliest");
  });

  it("finds every meeting that may fall in April 2024, and no other", async () => {
    const s = await store();
    const rows = s.query(query) as Map<string, oxigraph.Term>[];
    const found = new Set(rows.map((row) => row.get("date")?.value));
    const expected = DATES.filter(([, inApril]) => inApril).map(([date]) => date);
    expect([...found].sort()).toEqual([...expected].sort());
    expect(rows.length).toBe(expected.length);
  });

  it("finds the meetings certainly in April 2024 with both bounds inside the month", async () => {
    const s = await store();
    const rows = s.query(`
      PREFIX sc: <https://w3id.org/statecraft/vocab#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX schema: <https://schema.org/>
      SELECT ?date WHERE {
        ?meeting a schema:Event ; sc:date ?date ; sc:dateEarliest ?earliest ; sc:dateLatest ?latest .
        FILTER (?earliest >= "2024-04-01"^^xsd:date && ?latest <= "2024-04-30"^^xsd:date)
      }`) as Map<string, oxigraph.Term>[];
    expect(rows.map((row) => row.get("date")?.value).sort()).toEqual(
      [
        "2024-04-24/2024-04-26",
        "2024-04-24T10:30Z",
        "2024-04-30",
        "2024-04-30T23:59:59-10:00",
        "2024-04-XX",
        "2024-04",
        "2024-04~",
      ].sort(),
    );
  });

  it("gives precision and qualifiers as IRIs", async () => {
    const s = await store();
    const rows = s.query(`
      PREFIX sc: <https://w3id.org/statecraft/vocab#>
      SELECT ?date ?precision ?qualifier WHERE {
        ?meeting sc:date ?date ; sc:datePrecision ?precision .
        OPTIONAL { ?meeting sc:dateQualifier ?qualifier }
        FILTER (STR(?date) IN ("2024?", "2024-04~", "2024-04-XX", "2024-04-24/2024-04-26"))
      }`) as Map<string, oxigraph.Term>[];
    const sc = "https://w3id.org/statecraft/vocab#";
    const got = rows
      .map((row) =>
        [
          row.get("date")?.value,
          row.get("precision")?.value,
          row.get("qualifier")?.value ?? "",
        ].join(" "),
      )
      .sort();
    expect(got).toEqual(
      [
        `2024-04-24/2024-04-26 ${sc}DatePrecision-interval `,
        `2024-04-XX ${sc}DatePrecision-day ${sc}DateQualifier-unspecified`,
        `2024-04~ ${sc}DatePrecision-month ${sc}DateQualifier-approximate`,
        `2024? ${sc}DatePrecision-year ${sc}DateQualifier-uncertain`,
      ].sort(),
    );
  });
});
