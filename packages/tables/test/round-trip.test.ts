import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { importFiles } from "@statecraft/import/node";
import { describe, expect, it } from "vitest";
import { recordsFromTables, TABLES, tableRows } from "../src/index.js";
import { EXAMPLE, FIXTURES, validRecords } from "./helpers.js";

function roundTrip(records: readonly StatecraftRecord[]): StatecraftRecord[] {
  const tables = Object.fromEntries(
    TABLES.map((table) => [table.name, [...tableRows(table, records)]]),
  );
  return recordsFromTables(tables);
}

function byTypeAndId(records: readonly StatecraftRecord[]): StatecraftRecord[] {
  const order = ["actor", "meeting", "issue", "tariff", "source"];
  return [...records].sort(
    (a, b) =>
      order.indexOf(a.type) - order.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

describe("tables → records", () => {
  it("gives back the example's records whole", async () => {
    const records = await validRecords([EXAMPLE]);
    expect(byTypeAndId(roundTrip(records))).toEqual(byTypeAndId(records));
  });

  it("gives back imported records whole (HSG visits)", async () => {
    const run = await importFiles("hsg-visits", [join(FIXTURES, "hsg-visits")]);
    const records: StatecraftRecord[] = [];
    for await (const record of run) records.push(record);
    expect(records.length).toBeGreaterThan(300);
    expect(byTypeAndId(roundTrip(records))).toEqual(byTypeAndId(records));
  });

  it("notices a change (the comparison can fail)", async () => {
    const records = await validRecords([EXAMPLE]);
    const tables = Object.fromEntries(
      TABLES.map((table) => [table.name, [...tableRows(table, records)]]),
    );
    tables.participants![0]![2] = "someone-else";
    expect(byTypeAndId(recordsFromTables(tables))).not.toEqual(byTypeAndId(records));
  });
});
