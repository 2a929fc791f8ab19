import {
  ActorSchema,
  arrayElement,
  CitationSchema,
  DATASET_KEYS,
  IssueSchema,
  MeetingSchema,
  objectShape,
  type RecordType,
  SourceSchema,
  TariffSchema,
  unionOptions,
  unwrap,
} from "@statecraft/core";
import * as z from "zod";
import { type Column, deriveColumns } from "./column.js";

/** A foreign key: these columns hold the primary key of a row of another table. */
export interface ForeignKey {
  /** The columns of this table. */
  readonly columns: readonly string[];
  /** The table and columns referenced. */
  readonly reference: { readonly table: string; readonly columns: readonly string[] };
}

/** How one table is laid out: columns, primary key, foreign keys. */
export interface TableLayout {
  /** The table name, e.g. `participants`. */
  readonly name: string;
  /** What one row is. */
  readonly description: string;
  /** The columns, in order. */
  readonly columns: readonly Column[];
  /** The columns that identify a row. */
  readonly primaryKey: readonly string[];
  /** The columns that reference other tables. */
  readonly foreignKeys: readonly ForeignKey[];
  /** Where the rows come from: a record type, and the list in each record (empty for the record). */
  readonly from?: { readonly type: RecordType; readonly path: readonly string[] };
}

type Schema = z.core.$ZodType;

/** A table of records or of one list inside records. */
interface TableSpec {
  readonly name: string;
  readonly description: string;
  readonly type: RecordType;
  readonly schema: Schema;
  /** The list field (in any union option) whose items are the rows; empty for the records. */
  readonly path: readonly string[];
  /** For a list of plain values: the column name of the value. */
  readonly valueColumn?: string;
}

const SPECS: readonly TableSpec[] = [
  {
    name: "actors",
    description: "One row per actor: person, state or organisation.",
    type: "actor",
    schema: ActorSchema,
    path: [],
  },
  {
    name: "offices",
    description: "One row per office a person holds, over time.",
    type: "actor",
    schema: ActorSchema,
    path: ["offices"],
  },
  {
    name: "meetings",
    description: "One row per meeting, visit, summit or call.",
    type: "meeting",
    schema: MeetingSchema,
    path: [],
  },
  {
    name: "participants",
    description:
      "One row per participant of a meeting (meeting × actor), with role, capacity, representation and attendance.",
    type: "meeting",
    schema: MeetingSchema,
    path: ["participants"],
  },
  {
    name: "agenda",
    description: "One row per agenda item of a meeting.",
    type: "meeting",
    schema: MeetingSchema,
    path: ["agenda"],
  },
  {
    name: "outcomes",
    description: "One row per outcome of a meeting.",
    type: "meeting",
    schema: MeetingSchema,
    path: ["outcomes"],
  },
  {
    name: "issues",
    description: "One row per issue.",
    type: "issue",
    schema: IssueSchema,
    path: [],
  },
  {
    name: "positions",
    description: "One row per position an actor takes on an issue.",
    type: "issue",
    schema: IssueSchema,
    path: ["positions"],
  },
  {
    name: "tariffs",
    description: "One row per tariff or other trade measure.",
    type: "tariff",
    schema: TariffSchema,
    path: [],
  },
  {
    name: "tariff_targets",
    description: "One row per actor whose goods a tariff targets.",
    type: "tariff",
    schema: TariffSchema,
    path: ["targets"],
    valueColumn: "target",
  },
  {
    name: "tariff_phases",
    description: "One row per phase of a tariff's schedule.",
    type: "tariff",
    schema: TariffSchema,
    path: ["schedule"],
  },
  {
    name: "tariff_products",
    description: "One row per product code a tariff covers.",
    type: "tariff",
    schema: TariffSchema,
    path: ["products"],
  },
  {
    name: "sources",
    description: "One row per source.",
    type: "source",
    schema: SourceSchema,
    path: [],
  },
];

/** The field schema at `path` in any option of a (union of) object schema(s). */
function fieldSchema(schema: Schema, field: string): Schema | undefined {
  const inner = unwrap(schema).schema;
  const shape = objectShape(inner);
  if (shape !== undefined) return shape[field];
  for (const option of unionOptions(inner) ?? []) {
    const found = objectShape(unwrap(option).schema)?.[field];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The table holding the records of each type. */
export const RECORD_TABLES: Readonly<Record<RecordType, string>> = DATASET_KEYS;

function parentKey(type: RecordType): string {
  return `${type}_id`;
}

function foreignKeysOf(columns: readonly Column[]): ForeignKey[] {
  return columns.flatMap((column) =>
    column.references
      ? [
          {
            columns: [column.name],
            reference: { table: RECORD_TABLES[column.references.type], columns: ["id"] },
          },
        ]
      : [],
  );
}

function layoutOf(spec: TableSpec): TableLayout {
  const childTables = new Set(
    SPECS.filter((s) => s.type === spec.type && s.path.length > 0).map((s) => s.path.join(".")),
  );
  if (spec.path.length === 0) {
    const columns = deriveColumns(spec.schema, { childTables });
    return {
      name: spec.name,
      description: spec.description,
      columns,
      primaryKey: ["id"],
      foreignKeys: foreignKeysOf(columns),
      from: { type: spec.type, path: [] },
    };
  }
  const list = fieldSchema(spec.schema, spec.path[0]!);
  const element = list && arrayElement(unwrap(list).schema);
  if (element === undefined) throw new Error(`no list ${spec.path.join(".")} in ${spec.type}`);
  const keyColumns: Column[] = [
    {
      name: parentKey(spec.type),
      type: "string",
      description: `The id of the ${spec.type} the row belongs to.`,
      required: true,
      references: { type: spec.type },
      path: [],
    },
    {
      name: "ordinal",
      type: "integer",
      description: `The row's position in the ${spec.type}'s \`${spec.path.join(".")}\` list, from 1.`,
      required: true,
      path: [],
    },
  ];
  const valueColumns: Column[] = spec.valueColumn
    ? // A list of plain values: one column, reading the item itself (an empty path).
      deriveColumns(z.object({ [spec.valueColumn]: element as z.ZodType }), {
        childTables: new Set(),
      }).map((column) => ({ ...column, path: [] }))
    : deriveColumns(element, { childTables: new Set() });
  const columns = [...keyColumns, ...valueColumns];
  return {
    name: spec.name,
    description: spec.description,
    columns,
    primaryKey: [parentKey(spec.type), "ordinal"],
    foreignKeys: foreignKeysOf(columns),
    from: { type: spec.type, path: spec.path },
  };
}

const CITATION_KEYS: readonly Column[] = [
  {
    name: "record_type",
    type: "string",
    description: "The type of the record that cites the source.",
    required: true,
    enum: ["actor", "meeting", "issue", "tariff", "source"],
    path: [],
  },
  {
    name: "record_id",
    type: "string",
    description: "The id of the record that cites the source.",
    required: true,
    path: [],
  },
  {
    name: "claim",
    type: "string",
    description:
      "Where in the record the citing claim is, as a JSON Pointer (`/participants/0`); empty for the whole record. List positions count from 0 here, so `/participants/0` is the participant with ordinal 1.",
    required: false,
    path: [],
  },
  {
    name: "ordinal",
    type: "integer",
    description: "The citation's position in the claim's `sources` list, from 1.",
    required: true,
    path: [],
  },
];

function citationsLayout(): TableLayout {
  const columns = [...CITATION_KEYS, ...deriveColumns(CitationSchema, { childTables: new Set() })];
  return {
    name: "citations",
    description:
      "One row per citation: which record, or which claim in it, cites which source, with the quote.",
    columns,
    primaryKey: ["record_id", "claim", "ordinal"],
    foreignKeys: foreignKeysOf(columns),
  };
}

function count(name: string, what: string): Column {
  return {
    name,
    type: "integer",
    description: `The number of ${what} held between the two states in the year.`,
    required: true,
    path: [],
  };
}

function dyadYearsLayout(): TableLayout {
  const side = (s: "a" | "b", which: string): Column[] => [
    {
      name: `state_${s}`,
      type: "string",
      description: `The id of the ${which} state of the pair (pairs are ordered by id).`,
      required: true,
      references: { type: "actor", kinds: ["state"] },
      path: [],
    },
    {
      name: `iso_${s}`,
      type: "string",
      description: `The ISO 3166-1 alpha-2 code of state_${s}, when the dataset gives it.`,
      required: false,
      path: [],
    },
    {
      name: `cow_${s}`,
      type: "integer",
      description: `The Correlates of War state number of state_${s}, when the dataset gives it (an actor identifier with scheme \`cow\`).`,
      required: false,
      path: [],
    },
  ];
  const columns: Column[] = [
    ...side("a", "first"),
    ...side("b", "second"),
    {
      name: "year",
      type: "integer",
      description: "The calendar year of the meetings (the year of their earliest possible date).",
      required: true,
      path: [],
    },
    count("meetings", "meetings of any kind"),
    count("visits", "visits and state visits"),
    count("summits", "summits"),
    count("calls", "phone and video calls"),
    count("other", "other meetings (bilateral, talks, negotiations, conferences...)"),
  ];
  return {
    name: "dyad_years",
    description:
      "One row per pair of states and year with at least one held meeting at which both are parties (themselves or through a representative); counts by kind. Pairs and years without a meeting are left out (zero).",
    columns,
    primaryKey: ["state_a", "state_b", "year"],
    foreignKeys: foreignKeysOf(columns),
  };
}

/**
 * Builds the layouts of every table, from the core schemas. Called once by {@link TABLES}.
 *
 * @returns The layouts, records first, then their lists, `citations` and `dyad_years`.
 * @example
 * ```ts
 * const meetings = tableLayouts().find((table) => table.name === "meetings");
 * console.log(meetings?.columns.map((column) => column.name));
 * ```
 */
export function tableLayouts(): TableLayout[] {
  return [...SPECS.map(layoutOf), citationsLayout(), dyadYearsLayout()];
}

/** The layouts of every table, derived from the core schemas. */
export const TABLES: readonly TableLayout[] = /* @__PURE__ */ tableLayouts();

/** The names of every table, in {@link TABLES} order. */
export const TABLE_NAMES: readonly string[] = /* @__PURE__ */ TABLES.map((table) => table.name);

/**
 * The layout of a table by name.
 *
 * @param name - A table name such as `meetings`.
 * @returns The layout, or `undefined` for an unknown name.
 * @example
 * ```ts
 * tableLayout("participants")?.primaryKey; // ["meeting_id", "ordinal"]
 * ```
 */
export function tableLayout(name: string): TableLayout | undefined {
  return TABLES.find((table) => table.name === name);
}
