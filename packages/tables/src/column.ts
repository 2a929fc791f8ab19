import {
  CitationsSchema,
  derivesFrom,
  discriminatorOf,
  objectShape,
  PartialDateSchema,
  type RecordType,
  referenceRegistry,
  schemaDef,
  schemaType,
  unionOptions,
  unwrap,
} from "@statecraft/core";
import type * as z from "zod";

/**
 * The type of a column, named as in Frictionless Table Schema: `date` is a calendar date
 * (`YYYY-MM-DD`), `array` and `object` are JSON text (a list or object kept whole).
 */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date" | "array" | "object";

/** What a column of a partial date holds: the text as written, its bounds, or its precision. */
export type DatePart = "text" | "earliest" | "latest" | "precision";

/** One column of a table, derived from a field of a schema. */
export interface Column {
  /** The column name, in snake_case: the field path joined with `_`, e.g. `location_city`. */
  readonly name: string;
  /** The column type. */
  readonly type: ColumnType;
  /** What the column holds: the field's description, or how the column is derived. */
  readonly description: string;
  /** Whether every row has a value. */
  readonly required: boolean;
  /** The values allowed, for enum and literal fields. */
  readonly enum?: readonly string[];
  /** The record type a reference column points at (its `id`), with the actor kinds allowed. */
  readonly references?: { readonly type: RecordType; readonly kinds?: readonly string[] };
  /** The field path in the table's element (record or list item) the column reads. */
  readonly path: readonly string[];
  /** For the columns of a partial date: which part of the date. */
  readonly datePart?: DatePart;
}

type Schema = z.core.$ZodType;

/** Turns `legalBasis` into `legal_basis`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function descriptionOf(chain: readonly Schema[]): string | undefined {
  for (const schema of chain) {
    const meta = (schema as { meta?: () => { description?: string } | undefined }).meta?.();
    if (meta?.description !== undefined) return meta.description;
  }
  return undefined;
}

/** The values an enum or literal schema accepts, as text. */
function enumValues(schema: Schema): string[] | undefined {
  const def = schemaDef(schema) as { type: string; entries?: object; values?: unknown[] };
  if (def.type === "enum" && def.entries) return Object.values(def.entries).map(String);
  if (def.type === "literal" && def.values) return def.values.map(String);
  return undefined;
}

/** The fields of an object schema, or of every option of a union of objects, in first-seen order. */
interface MergedField {
  /** The field's schema in the first option that has it. */
  readonly schema: Schema;
  /** Its schema in every option that has it (one for a plain object). */
  readonly schemas: Schema[];
  /** Whether every option has it. */
  readonly everywhere: boolean;
}

function mergedShape(
  schema: Schema,
): { fields: Map<string, MergedField>; discriminator?: string } | undefined {
  const shape = objectShape(schema);
  if (shape !== undefined) {
    return {
      fields: new Map(
        Object.entries(shape).map(([name, s]) => [
          name,
          { schema: s, schemas: [s], everywhere: true },
        ]),
      ),
    };
  }
  const options = unionOptions(schema);
  if (options === undefined) return undefined;
  const shapes = options.map((option) => objectShape(unwrap(option).schema));
  if (shapes.some((s) => s === undefined)) return undefined;
  const fields = new Map<string, MergedField>();
  for (const s of shapes as Record<string, Schema>[]) {
    for (const [name, field] of Object.entries(s)) {
      const known = fields.get(name);
      if (known) known.schemas.push(field);
      else
        fields.set(name, {
          schema: field,
          schemas: [field],
          everywhere: shapes.every((x) => x?.[name] !== undefined),
        });
    }
  }
  const discriminator = discriminatorOf(schema);
  return { fields, ...(discriminator ? { discriminator } : {}) };
}

/** Options of {@link deriveColumns}. */
export interface DeriveOptions {
  /** Field paths (joined with `.`) that become tables of their own and so no column here. */
  readonly childTables: ReadonlySet<string>;
}

/**
 * Derives the columns of a table from the schema of its rows: nested objects are flattened
 * (`location.city` → `location_city`), unions of objects merged, partial dates split into text,
 * bounds and precision, `sources` left to the citations table, lists kept as JSON text.
 */
export function deriveColumns(
  schema: Schema,
  options: DeriveOptions,
  prefix: readonly string[] = [],
  required = true,
): Column[] {
  const merged = mergedShape(unwrap(schema).schema);
  if (merged === undefined) return [];
  const columns: Column[] = [];
  for (const [field, { schema: fieldSchema, schemas, everywhere }] of merged.fields) {
    const path = [...prefix, field];
    const key = path.join(".");
    if (options.childTables.has(key)) continue;
    if (derivesFrom(fieldSchema, CitationsSchema) || field === "sources") continue;
    const unwrapped = unwrap(fieldSchema);
    const inner = unwrapped.schema;
    const isRequired = required && everywhere && !unwrapped.optional;
    const name = path.map(snakeCase).join("_");
    const values = [...new Set(schemas.flatMap((s) => enumValues(unwrap(s).schema) ?? []))];
    // A field several union options share: its descriptions, each once.
    const descriptions = [
      ...new Set(schemas.map((s) => descriptionOf(unwrap(s).chain) ?? `The ${field} field.`)),
    ];
    const description =
      field === merged.discriminator
        ? `Which kind of row this is: ${values.map((v) => `\`${v}\``).join(", ")}; the other columns apply as each kind has them.`
        : descriptions.join(" / ");
    if (unwrapped.chain.some((s) => derivesFrom(s, PartialDateSchema))) {
      columns.push(
        { name, type: "string", description, required: isRequired, path, datePart: "text" },
        {
          name: `${name}_earliest`,
          type: "date",
          description: `The first day \`${name}\` may denote (UTC); empty when open or unknown.`,
          required: false,
          path,
          datePart: "earliest",
        },
        {
          name: `${name}_latest`,
          type: "date",
          description: `The last day \`${name}\` may denote (UTC); empty when open or unknown.`,
          required: false,
          path,
          datePart: "latest",
        },
        {
          name: `${name}_precision`,
          type: "string",
          description: `How precisely \`${name}\` is written: year, month, day, datetime or interval.`,
          required: isRequired,
          enum: ["year", "month", "day", "datetime", "interval"],
          path,
          datePart: "precision",
        },
      );
      continue;
    }
    const type = schemaType(inner);
    if (type === "object" || (type === "union" && mergedShape(inner) !== undefined)) {
      columns.push(...deriveColumns(inner, options, path, isRequired));
      continue;
    }
    const target = referenceRegistry.get(inner);
    const columnType: ColumnType =
      type === "string" || type === "enum" || type === "literal"
        ? "string"
        : type === "number"
          ? "number"
          : type === "int" || type === "bigint"
            ? "integer"
            : type === "boolean"
              ? "boolean"
              : type === "array"
                ? "array"
                : "object";
    columns.push({
      name,
      type: columnType,
      description:
        columnType === "array" || columnType === "object"
          ? `${description} (JSON text)`
          : description,
      required: isRequired,
      ...(values.length > 0 ? { enum: values } : {}),
      ...(target
        ? { references: { type: target.type, ...(target.kinds ? { kinds: target.kinds } : {}) } }
        : {}),
      path,
    });
  }
  return columns;
}
