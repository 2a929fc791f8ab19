/**
 * What survives a trip through RDF. A graph is a set of statements: the N-Quads writer keeps the
 * order of `rdf:List` fields (`Source.authors`) but not of any other array, writes a repeated IRI
 * or literal once, writes nothing for an empty set, and writes numbers as canonical `xsd:double`
 * (16 significant digits). {@link fromNQuads} therefore restores a canonical order, and
 * {@link inGraphOrder} puts any dataset in that same order, so the round trip can be compared.
 *
 * The canonical order: records sorted by id within each dataset list; the items of every set
 * (every array field but an `rdf:List`) sorted by {@link stableKey}, with duplicate literals and
 * IRIs dropped (nested objects are blank nodes, so equal ones stay distinct).
 *
 * @module
 */
import { type Dataset, datasetRecords, type StatecraftRecord, toDataset } from "@statecraft/core";
import { type Field, getModel, type Shape } from "./model.js";

/**
 * A key that orders values by content: JSON with object keys sorted, so it does not depend on
 * the order in which fields were set.
 */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableKey(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function byKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.item);
}

/**
 * The items of a set-valued field in canonical order: sorted by {@link stableKey}, duplicates
 * dropped unless the items are nested objects (blank nodes).
 */
export function setItems(field: Field, items: readonly unknown[]): unknown[] {
  const nested = field.value.type === "node" || field.value.type === "union";
  const keyed = items.map((item) => ({ item, key: stableKey(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out: unknown[] = [];
  let previous: string | undefined;
  for (const { item, key } of keyed) {
    if (!nested && key === previous) continue;
    out.push(item);
    previous = key;
  }
  return out;
}

/** A number as it reads back from its canonical `xsd:double` literal (`numberNQuad`). */
export function doubleOf(value: number): number {
  return Number(value.toExponential(15));
}

/** The shape of a nested value of a `node` or `union` field. */
function nestedShape(field: Field, value: Record<string, unknown>): Shape | undefined {
  const v = field.value;
  if (v.type === "node") return v.shape;
  if (v.type === "union")
    return v.shapes.find((s) => s.discriminator?.value === value[v.discriminator]);
  return undefined;
}

function normaliseValue(field: Field, value: unknown): unknown {
  if (field.value.type === "number") return doubleOf(value as number);
  const object = value as Record<string, unknown>;
  const shape = nestedShape(field, object);
  return shape ? normaliseFields(shape, object) : value;
}

function normaliseFields(shape: Shape, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const field of shape.fields) {
    const data = value[field.name];
    if (data === undefined) continue;
    if (!field.array) {
      out[field.name] = normaliseValue(field, data);
      continue;
    }
    const items = (data as unknown[]).map((item) => normaliseValue(field, item));
    if (field.list) out[field.name] = items;
    else if (items.length === 0 && field.optional) delete out[field.name];
    else out[field.name] = setItems(field, items);
  }
  return out;
}

/** Sorts records by id (code units), as {@link fromNQuads} returns them. */
export function recordsById(records: readonly StatecraftRecord[]): StatecraftRecord[] {
  return byKey(records, (record) => record.id);
}

/**
 * The dataset as it reads back from its N-Quads: records sorted by id, sets in canonical order
 * without duplicate literals or IRIs, empty optional sets absent, numbers as their `xsd:double`.
 * `fromNQuads(await toNQuadsString(d))` deep-equals `inGraphOrder(d)` for every valid dataset.
 *
 * @param dataset - A dataset whose record ids are unique (as in every valid dataset).
 * @returns A new dataset in the canonical order.
 */
export function inGraphOrder(dataset: Dataset): Dataset {
  const model = getModel();
  const records = datasetRecords(dataset).map((record) => {
    const shape = model.recordShape.get(record.type === "actor" ? record.kind : record.type);
    if (!shape) return record;
    return normaliseFields(shape, record as unknown as Record<string, unknown>) as StatecraftRecord;
  });
  const { name, description, license } = dataset;
  return toDataset(recordsById(records), {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    ...(license === undefined ? {} : { license }),
  });
}
