import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { createDatasetIndex, dateBounds, type Meeting } from "@statecraft/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { DuckDbConnection } from "../src/duckdb.js";
import { TABLES, tableRows, writeTables } from "../src/node.js";
import { duckdb, EXAMPLE, rows, sqlString, temporaryFolder, validRecords } from "./helpers.js";

let records: readonly StatecraftRecord[];
let folder: string;
let db: DuckDbConnection;
const expected: Record<string, number> = {};

beforeAll(async () => {
  records = await validRecords([EXAMPLE]);
  folder = await temporaryFolder();
  for (const table of TABLES) expected[table.name] = [...tableRows(table, records)].length;
  await writeTables(records, { format: "datapackage", output: join(folder, "datapackage") });
  await writeTables(records, { format: "csv", output: join(folder, "csv") });
  await writeTables(records, {
    format: "parquet",
    output: join(folder, "parquet"),
    partitionByYear: true,
  });
  await writeTables(records, { format: "duckdb", output: join(folder, "data.duckdb") });
  db = await duckdb(join(folder, "data.duckdb"));
});

const csvOf = (format: string, table: string) =>
  `read_csv(${sqlString(join(folder, format, `${table}.csv`))}, header = true, all_varchar = true)`;
const parquetOf = (table: string) =>
  `read_parquet(${sqlString(join(folder, "parquet", table, "**", "*.parquet"))}, hive_partitioning = true)`;

describe("the example exported in every format", () => {
  it("has rows in the tables the example fills", () => {
    for (const name of [
      "actors",
      "offices",
      "meetings",
      "participants",
      "agenda",
      "issues",
      "positions",
      "tariffs",
      "tariff_phases",
      "tariff_products",
      "sources",
      "citations",
      "dyad_years",
    ])
      expect(expected[name], name).toBeGreaterThan(0);
  });

  it("partitions the meetings by year, Hive style", async () => {
    const years = await rows(
      db,
      `select distinct year from ${parquetOf("meetings")} order by year`,
    );
    expect(years.map((row) => row.year)).toEqual([2023, 2024]);
  });

  for (const table of TABLES) {
    it(`gives DuckDB the same ${table.name} row count from the CSVs, the Parquet files and the database`, async () => {
      const [fromCsv] = await rows(db, `select count(*) as n from ${csvOf("csv", table.name)}`);
      const [fromPackage] = await rows(
        db,
        `select count(*) as n from ${csvOf("datapackage", table.name)}`,
      );
      const [fromParquet] = await rows(db, `select count(*) as n from ${parquetOf(table.name)}`);
      const [fromDatabase] = await rows(db, `select count(*) as n from "${table.name}"`);
      const n = expected[table.name];
      expect({
        csv: fromCsv!.n,
        datapackage: fromPackage!.n,
        parquet: fromParquet!.n,
        duckdb: fromDatabase!.n,
      }).toEqual({ csv: n, datapackage: n, parquet: n, duckdb: n });
    });
  }

  it("gives the same cells in the CSV and in the database", async () => {
    const [different] = await rows(
      db,
      `select count(*) as n from (select * exclude (year) from ${parquetOf("meetings")} except select * from meetings)`,
    );
    expect(different!.n).toBe(0);
    const csv = await rows(
      db,
      `select id, date_earliest, location_city from ${csvOf("csv", "meetings")} order by id`,
    );
    const database = await rows(
      db,
      "select id, cast(date_earliest as varchar) as date_earliest, location_city from meetings order by id",
    );
    expect(csv).toEqual(database);
  });

  it("resolves every foreign key (the anti-joins return no row)", async () => {
    let checked = 0;
    for (const table of TABLES) {
      for (const key of table.foreignKeys) {
        const column = key.columns[0]!;
        const dangling = await rows(
          db,
          `select t."${column}" from "${table.name}" t anti join "${key.reference.table}" r on t."${column}" = r."${key.reference.columns[0]}" where t."${column}" is not null`,
        );
        expect(dangling, `${table.name}.${column} → ${key.reference.table}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("finds the meetings of a date range that the dataset index finds", async () => {
    const index = createDatasetIndex(records);
    const from = Date.UTC(2024, 3, 1);
    const to = Date.UTC(2024, 3, 30, 23, 59, 59, 999);
    const inRange = (meeting: Meeting) =>
      meeting.date !== undefined &&
      dateBounds(meeting.date).earliest >= from &&
      dateBounds(meeting.date).latest <= to;
    const fromIndex = index
      .ofType("meeting")
      .filter(inRange)
      .map((m) => m.id)
      .sort();
    const fromSql = await rows(
      db,
      "select id from meetings where date_earliest >= '2024-04-01' and date_latest <= '2024-04-30' order by id",
    );
    expect(fromIndex.length).toBeGreaterThan(0);
    expect(fromSql.map((row) => row.id)).toEqual(fromIndex);
  });

  it("answers who met whom like the core's meetingsBetween", async () => {
    const { meetingsBetween } = await import("@statecraft/core");
    const index = createDatasetIndex(records);
    const direct = meetingsBetween(index, "antony-blinken", "xi-jinping", { direct: true })
      .map((m) => m.id)
      .sort();
    const fromView = await rows(
      db,
      "select distinct meeting_id from who_met_whom where (actor_a, actor_b) in (('antony-blinken', 'xi-jinping'), ('xi-jinping', 'antony-blinken')) order by meeting_id",
    );
    expect(direct.length).toBeGreaterThan(0);
    expect(fromView.map((row) => row.meeting_id)).toEqual(direct);
  });

  it("answers the documented views", async () => {
    const positions = await rows(db, "select count(*) as n from positions_by_actor");
    expect(positions[0]!.n).toBe(expected.positions);
    const duties = await rows(db, "select tariff_id, valid_from, duty_rate from duty_on_date");
    expect(duties.length).toBeGreaterThan(0);
  });
});
