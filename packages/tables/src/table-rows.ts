import {
  type Actor,
  createDatasetIndex,
  type DatasetIndex,
  dateBounds,
  datePrecision,
  type MeetingKind,
  meetingParties,
  type StatecraftRecord,
} from "@statecraft/core";
import type { Column } from "./column.js";
import { TABLES, type TableLayout } from "./table-layout.js";

/** One cell: text (dates as `YYYY-MM-DD`, lists and objects as JSON text), a number, or empty. */
export type Cell = string | number | boolean | null;

/** One row: its cells in the order of the table's columns. */
export type Row = Cell[];

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/** Epoch milliseconds as a UTC calendar date, or `null` for an open bound. */
function day(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** A partial date's derived cells: each date text is parsed once, not once per column. */
interface DateCells {
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly precision: string;
}

const dateCache = new Map<string, DateCells>();

function dateCells(text: string): DateCells {
  let cells = dateCache.get(text);
  if (cells === undefined) {
    const { earliest, latest } = dateBounds(text);
    cells = { earliest: day(earliest), latest: day(latest), precision: datePrecision(text) };
    // Bounded: a dataset of many distinct dates only loses the cache's help, never memory.
    if (dateCache.size >= 50_000) dateCache.clear();
    dateCache.set(text, cells);
  }
  return cells;
}

function cell(column: Column, element: unknown): Cell {
  const value = valueAt(element, column.path);
  if (value === undefined || value === null) return null;
  switch (column.datePart) {
    case "earliest":
      return dateCells(value as string).earliest;
    case "latest":
      return dateCells(value as string).latest;
    case "precision":
      return dateCells(value as string).precision;
    default:
      break;
  }
  if (column.type === "array" || column.type === "object") return JSON.stringify(value);
  return value as Cell;
}

function* listRows(table: TableLayout, records: Iterable<StatecraftRecord>): Generator<Row> {
  const from = table.from!;
  // The first two columns are the record's id and the ordinal.
  const columns = table.columns.slice(2);
  for (const record of records) {
    if (record.type !== from.type) continue;
    const list = valueAt(record, from.path);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const element = list[i];
      const row: Row = [record.id, i + 1];
      for (const column of columns) row.push(cell(column, element));
      yield row;
    }
  }
}

function* recordRows(table: TableLayout, records: Iterable<StatecraftRecord>): Generator<Row> {
  const type = table.from!.type;
  for (const record of records) {
    if (record.type !== type) continue;
    yield table.columns.map((column) => cell(column, record));
  }
}

function escapePointer(step: string | number): string {
  return String(step).replace(/~/g, "~0").replace(/\//g, "~1");
}

function* citationsIn(
  record: StatecraftRecord,
  value: unknown,
  pointer: string,
  table: TableLayout,
): Generator<Row> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      yield* citationsIn(record, value[i], `${pointer}/${i}`, table);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.sources)) {
    const extra = table.columns.slice(4);
    for (let i = 0; i < object.sources.length; i++) {
      const citation = object.sources[i] as Record<string, unknown>;
      yield [
        record.type,
        record.id,
        pointer,
        i + 1,
        ...extra.map((column) => cell(column, citation)),
      ];
    }
  }
  for (const [key, child] of Object.entries(object)) {
    if (key === "sources") continue;
    if (child !== null && typeof child === "object")
      yield* citationsIn(record, child, `${pointer}/${escapePointer(key)}`, table);
  }
}

function* citationRows(table: TableLayout, records: Iterable<StatecraftRecord>): Generator<Row> {
  for (const record of records) yield* citationsIn(record, record, "", table);
}

const KIND_GROUP: Partial<Record<MeetingKind, "visits" | "summits" | "calls">> = {
  visit: "visits",
  state_visit: "visits",
  summit: "summits",
  phone_call: "calls",
  video_call: "calls",
};

/**
 * The Correlates of War state number of an actor, from an `identifiers` field when the dataset
 * has one (a list of `{ scheme, value }` or an object keyed by scheme); `null` otherwise.
 *
 * @param actor - An actor record, or `undefined`.
 * @returns The COW code, or `null`.
 * @example
 * ```ts
 * const usa = records.find((record) => record.type === "actor" && record.id === "usa");
 * cowCode(usa?.type === "actor" ? usa : undefined); // 2 when the dataset gives it, else null
 * ```
 */
export function cowCode(actor: Actor | undefined): number | null {
  const identifiers = (actor as { identifiers?: unknown } | undefined)?.identifiers;
  let value: unknown;
  if (Array.isArray(identifiers)) {
    const found = identifiers.find(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        /^(cow|correlates[-_ ]?of[-_ ]?war)/i.test(
          String((item as { scheme?: unknown }).scheme ?? ""),
        ),
    ) as { value?: unknown; id?: unknown; code?: unknown } | undefined;
    value = found?.value ?? found?.id ?? found?.code;
  } else if (identifiers !== null && typeof identifiers === "object") {
    const entry = Object.entries(identifiers).find(([scheme]) => /^cow/i.test(scheme));
    value = entry?.[1];
  }
  const number = typeof value === "number" ? value : Number.parseInt(String(value ?? ""), 10);
  return Number.isInteger(number) ? number : null;
}

/** The counts of one pair of states in one year. */
interface DyadCount {
  readonly a: string;
  readonly b: string;
  readonly year: number;
  meetings: number;
  visits: number;
  summits: number;
  calls: number;
  other: number;
}

function* dyadYearRows(records: Iterable<StatecraftRecord>): Generator<Row> {
  const index: DatasetIndex = createDatasetIndex(records);
  const counts = new Map<string, DyadCount>();
  for (const meeting of index.ofType("meeting")) {
    if (meeting.status !== "held" || meeting.date === undefined) continue;
    const earliest = dateCells(meeting.date).earliest;
    if (earliest === null) continue;
    const year = Number.parseInt(earliest.slice(0, -6), 10);
    const states = new Set<string>();
    for (const party of meetingParties(index, meeting.id)) {
      if (index.getOf("actor", party.actorId)?.kind === "state") states.add(party.actorId);
      for (const id of party.represents)
        if (index.getOf("actor", id)?.kind === "state") states.add(id);
    }
    const sorted = [...states].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        const key = `${a}\u0000${b}\u0000${year}`;
        let entry = counts.get(key);
        if (entry === undefined) {
          entry = { a, b, year, meetings: 0, visits: 0, summits: 0, calls: 0, other: 0 };
          counts.set(key, entry);
        }
        entry.meetings++;
        entry[KIND_GROUP[meeting.kind] ?? "other"]++;
      }
    }
  }
  const entries = [...counts.values()].sort((x, y) =>
    x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : x.year - y.year,
  );
  for (const entry of entries) {
    const stateA = index.getOf("actor", entry.a);
    const stateB = index.getOf("actor", entry.b);
    yield [
      entry.a,
      stateA?.kind === "state" ? (stateA.iso3166 ?? null) : null,
      cowCode(stateA),
      entry.b,
      stateB?.kind === "state" ? (stateB.iso3166 ?? null) : null,
      cowCode(stateB),
      entry.year,
      entry.meetings,
      entry.visits,
      entry.summits,
      entry.calls,
      entry.other,
    ];
  }
}

/**
 * The rows of one table, derived from valid records (as `safeValidateFiles` collects them).
 *
 * @param table - A layout from {@link TABLES}, or its name.
 * @param records - The dataset's records; read once per call (twice for `dyad_years`).
 * @returns The rows, in record order (`dyad_years` sorted by pair and year).
 * @example
 * ```ts
 * for (const row of tableRows("participants", records)) console.log(row.join(" | "));
 * ```
 */
export function tableRows(
  table: TableLayout | string,
  records: Iterable<StatecraftRecord>,
): Iterable<Row> {
  const layout = typeof table === "string" ? TABLES.find((t) => t.name === table) : table;
  if (layout === undefined) throw new RangeError(`no table named ${table as string}`);
  if (layout.name === "citations") return citationRows(layout, records);
  if (layout.name === "dyad_years") return dyadYearRows(records);
  if (layout.from === undefined) throw new RangeError(`no rows for table ${layout.name}`);
  return layout.from.path.length === 0 ? recordRows(layout, records) : listRows(layout, records);
}

/**
 * Turns a row into an object keyed by column name, for printing or `console.table`.
 *
 * @param table - The row's table.
 * @param row - A row of that table.
 * @returns The row as an object.
 * @example
 * ```ts
 * const meetings = tableLayout("meetings")!;
 * const [first] = tableRows(meetings, records);
 * if (first) console.log(rowObject(meetings, first).date_earliest);
 * ```
 */
export function rowObject(table: TableLayout, row: Row): Record<string, Cell> {
  return Object.fromEntries(table.columns.map((column, i) => [column.name, row[i] ?? null]));
}
