import type { StatecraftRecord } from "@statecraft/core";
import { TABLES, type TableLayout } from "./table-layout.js";
import type { Cell, Row } from "./table-rows.js";

type Json = Record<string, unknown>;

function setAt(target: Json, path: readonly string[], value: unknown): void {
  let current = target;
  for (const step of path.slice(0, -1)) {
    let next = current[step];
    if (next === undefined) {
      next = {};
      current[step] = next;
    }
    current = next as Json;
  }
  current[path.at(-1)!] = value;
}

function objectFrom(table: TableLayout, row: readonly Cell[], skip: number): Json {
  const object: Json = {};
  table.columns.forEach((column, i) => {
    if (i < skip) return;
    const value = row[i];
    if (value === null || value === undefined) return;
    if (column.datePart !== undefined && column.datePart !== "text") return;
    if (column.path.length === 0) return;
    setAt(
      object,
      column.path,
      column.type === "array" || column.type === "object" ? JSON.parse(value as string) : value,
    );
  });
  return object;
}

function unescapePointer(step: string): string {
  return step.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * Rebuilds records from their tables: the inverse of `tableRows` for the tables that carry
 * everything (the record tables, their lists and `citations`). The projections are left out:
 * the `*_earliest`, `*_latest` and `*_precision` columns (computed from the date text) and
 * `dyad_years` (a count). An empty list (`agenda: []`) comes back absent: it has no rows.
 *
 * @param tables - The rows of each table by name, as `tableRows` gives them (every table
 *   except `dyad_years` is read; missing ones count as empty).
 * @returns The records, in table order (actors, meetings, issues, tariffs, sources).
 * @example
 * ```ts
 * const tables = Object.fromEntries(TABLES.map((t) => [t.name, [...tableRows(t, records)]]));
 * const again = recordsFromTables(tables); // deep-equal to records
 * ```
 */
export function recordsFromTables(
  tables: Readonly<Record<string, Iterable<Row>>>,
): StatecraftRecord[] {
  const records: Json[] = [];
  const byId = new Map<string, Json>();
  for (const table of TABLES) {
    if (table.from === undefined || table.from.path.length > 0) continue;
    for (const row of tables[table.name] ?? []) {
      const record = objectFrom(table, row, 0);
      records.push(record);
      byId.set(record.id as string, record);
    }
  }
  for (const table of TABLES) {
    if (table.from === undefined || table.from.path.length === 0) continue;
    const field = table.from.path[0]!;
    const lists = new Map<string, [number, unknown][]>();
    const valueTable = table.columns.length === 3 && table.columns[2]!.path.length === 0;
    for (const row of tables[table.name] ?? []) {
      const parent = row[0] as string;
      const element = valueTable ? row[2] : objectFrom(table, row, 2);
      let list = lists.get(parent);
      if (list === undefined) {
        list = [];
        lists.set(parent, list);
      }
      list.push([row[1] as number, element]);
    }
    for (const [parent, list] of lists) {
      const record = byId.get(parent);
      if (record === undefined) continue;
      record[field] = list.sort(([a], [b]) => a - b).map(([, element]) => element);
    }
  }
  const citations = TABLES.find((table) => table.name === "citations")!;
  const groups = new Map<string, { record: string; claim: string; items: [number, Json][] }>();
  for (const row of tables.citations ?? []) {
    const record = row[1] as string;
    const claim = (row[2] as string | null) ?? "";
    const key = JSON.stringify([record, claim]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { record, claim, items: [] };
      groups.set(key, group);
    }
    group.items.push([row[3] as number, objectFrom(citations, row, 4)]);
  }
  for (const { record, claim, items } of groups.values()) {
    let target: unknown = byId.get(record);
    for (const step of claim === "" ? [] : claim.slice(1).split("/").map(unescapePointer)) {
      if (target === null || typeof target !== "object") break;
      target = (target as Json)[step];
    }
    if (target === null || typeof target !== "object") continue;
    (target as Json).sources = items.sort(([a], [b]) => a - b).map(([, citation]) => citation);
  }
  return records as unknown as StatecraftRecord[];
}
