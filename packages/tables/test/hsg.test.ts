import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { importFiles } from "@statecraft/import/node";
import { beforeAll, describe, expect, it } from "vitest";
import type { DuckDbConnection } from "../src/duckdb.js";
import { writeTables } from "../src/node.js";
import { duckdb, FIXTURES, rows, sqlString, temporaryFolder } from "./helpers.js";

/** One element of an XML source file: its id, start date and country slug, read with regexps. */
interface SourceRow {
  readonly id: string;
  readonly start: string;
  readonly country: string;
}

async function sourceRows(
  folder: string,
  element: "visit" | "trip",
  countryTag: string,
): Promise<SourceRow[]> {
  const found: SourceRow[] = [];
  for (const file of (await readdir(folder)).filter((name) => name.endsWith(".xml"))) {
    const text = await readFile(join(folder, file), "utf8");
    for (const match of text.matchAll(
      new RegExp(`<${element}[\\s>][\\s\\S]*?</${element}>`, "g"),
    )) {
      const body = match[0];
      found.push({
        id: /<id>(\d+)<\/id>/.exec(body)![1]!,
        start: /<start-date>([^<]+)<\/start-date>/.exec(body)![1]!,
        country: new RegExp(`<${countryTag} id="([^"]+)"`).exec(body)![1]!,
      });
    }
  }
  return found;
}

function decadeCounts(source: readonly SourceRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of source) {
    const decade = `${Math.floor(Number(row.start.slice(0, 4)) / 10) * 10}`;
    counts[decade] = (counts[decade] ?? 0) + 1;
  }
  return counts;
}

/**
 * Checks that the SQL's country of each source row is a function of the source's country slug
 * (each slug maps to one state), and returns the source's counts per state through that mapping.
 */
function countsThroughMapping(
  source: readonly SourceRow[],
  stateOf: ReadonlyMap<string, string>,
): Record<string, number> {
  const mapping = new Map<string, string>();
  const bySlug: Record<string, number> = {};
  for (const row of source) {
    const state = stateOf.get(row.id);
    expect(state, `source row ${row.id} is in the tables`).toBeDefined();
    const known = mapping.get(row.country);
    if (known !== undefined) expect(state, `slug ${row.country}`).toBe(known);
    mapping.set(row.country, state!);
    bySlug[state!] = (bySlug[state!] ?? 0) + 1;
  }
  return bySlug;
}

async function exportToParquet(
  importer: "hsg-visits" | "hsg-travels",
  folder: string,
): Promise<string> {
  const run = await importFiles(importer, [join(FIXTURES, importer)]);
  const records: StatecraftRecord[] = [];
  for await (const record of run) records.push(record);
  const output = join(folder, importer);
  await writeTables(records, { format: "parquet", output, partitionByYear: true });
  return output;
}

let db: DuckDbConnection;
let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
  db = await duckdb();
});

const table = (root: string, name: string) =>
  `read_parquet(${sqlString(join(root, name, "**", "*.parquet"))}, hive_partitioning = true)`;

describe("HSG visits exported to Parquet and queried", () => {
  let source: SourceRow[];
  let root: string;
  beforeAll(async () => {
    source = await sourceRows(join(FIXTURES, "hsg-visits"), "visit", "from");
    root = await exportToParquet("hsg-visits", folder);
  });

  it("has as many visits per decade as the source files", async () => {
    const result = await rows(
      db,
      `select cast(floor(year(date_earliest) / 10) * 10 as integer) as decade, count(*) as visits
       from ${table(root, "meetings")} where id like 'hsg-visit-%' group by decade order by decade`,
    );
    expect(Object.fromEntries(result.map((row) => [String(row.decade), row.visits]))).toEqual(
      decadeCounts(source),
    );
    expect(source.length).toBeGreaterThan(300);
  });

  it("has as many visits per country as the source files", async () => {
    const visitors = await rows(
      db,
      `select substr(meeting_id, 11) as id, representing from ${table(root, "participants")}
       where role = 'visitor' and meeting_id like 'hsg-visit-%'`,
    );
    const stateOf = new Map(visitors.map((row) => [String(row.id), String(row.representing)]));
    const expected = countsThroughMapping(source, stateOf);
    const result = await rows(
      db,
      `select p.representing as state, count(distinct p.meeting_id) as visits
       from ${table(root, "participants")} p where p.role = 'visitor' and p.meeting_id like 'hsg-visit-%'
       group by state`,
    );
    expect(Object.fromEntries(result.map((row) => [row.state, row.visits]))).toEqual(expected);
    expect(Object.keys(expected).length).toBeGreaterThan(50);
  });
});

describe("HSG travels exported to Parquet and queried", () => {
  let source: SourceRow[];
  let root: string;
  beforeAll(async () => {
    source = await sourceRows(join(FIXTURES, "hsg-travels"), "trip", "country");
    root = await exportToParquet("hsg-travels", folder);
  });

  it("has as many trips per decade as the source files", async () => {
    const result = await rows(
      db,
      // A trip to several cities is one meeting per city (hsg-trip-2990-tel-aviv...): count trips.
      `select cast(floor(year(date_earliest) / 10) * 10 as integer) as decade, count(*) as trips
       from (select regexp_extract(id, '^hsg-trip-([0-9]+)', 1) as trip, min(date_earliest) as date_earliest
             from ${table(root, "meetings")} where id like 'hsg-trip-%' group by trip)
       group by decade order by decade`,
    );
    expect(Object.fromEntries(result.map((row) => [String(row.decade), row.trips]))).toEqual(
      decadeCounts(source),
    );
  });

  it("has as many trips per country as the source files", async () => {
    const trips = await rows(
      db,
      `select distinct regexp_extract(id, '^hsg-trip-([0-9]+)', 1) as id, location_state
       from ${table(root, "meetings")} where id like 'hsg-trip-%'`,
    );
    const stateOf = new Map(trips.map((row) => [String(row.id), String(row.location_state)]));
    const expected = countsThroughMapping(source, stateOf);
    const result = await rows(
      db,
      `select location_state as state, count(distinct regexp_extract(id, '^hsg-trip-([0-9]+)', 1)) as trips
       from ${table(root, "meetings")} where id like 'hsg-trip-%' group by state`,
    );
    expect(Object.fromEntries(result.map((row) => [row.state, row.trips]))).toEqual(expected);
  });
});
