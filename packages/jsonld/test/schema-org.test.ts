/** schema.org correctness of the export, queried with Oxigraph. */
import { readFileSync } from "node:fs";
import { type StatecraftRecord, toDataset } from "@statecraft/core";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { toNQuadsString } from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/hsg-visits-2023-2024.json", import.meta.url), "utf8"),
) as StatecraftRecord[];

async function query(records: readonly StatecraftRecord[], sparql: string): Promise<string[]> {
  const store = new oxigraph.Store();
  store.load(await toNQuadsString(toDataset(records), { base: "https://example.org/" }), {
    format: "application/n-quads",
  });
  return (store.query(sparql) as Map<string, oxigraph.Term>[]).map((row) =>
    [...row.values()].map((t) => t.value).join(" "),
  );
}

const AGENTS_THAT_ARE_COUNTRIES = `
  PREFIX schema: <https://schema.org/>
  SELECT ?event ?agent WHERE {
    VALUES ?p { schema:attendee schema:organizer }
    ?event ?p ?agent . ?agent a schema:Country .
  }`;

describe("schema:attendee and schema:organizer", () => {
  it("never point at a schema:Country (imported HSG visits, the example)", async () => {
    expect(
      fixture.some(
        (r) => r.type === "meeting" && r.participants.some((p) => p.actor.startsWith("state-")),
      ),
    ).toBe(true);
    expect(await query(fixture, AGENTS_THAT_ARE_COUNTRIES)).toEqual([]);
    const example = loadExample();
    expect(
      await query(
        [...(example.actors ?? []), ...(example.meetings ?? [])],
        AGENTS_THAT_ARE_COUNTRIES,
      ),
    ).toEqual([]);
  });

  it("point at the state's government when the data has one", async () => {
    const government: StatecraftRecord = {
      id: "us-government",
      type: "actor",
      kind: "organization",
      name: "Government of the United States",
      organizationKind: "government",
      jurisdiction: "state-us",
    };
    const rows = await query(
      [...fixture, government],
      `PREFIX schema: <https://schema.org/>
       SELECT DISTINCT ?agent WHERE { ?event schema:organizer ?agent }`,
    );
    expect(rows).toContain("https://example.org/us-government");
    expect(rows).not.toContain("https://example.org/state-us");
  });
});
