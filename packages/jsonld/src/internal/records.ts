/**
 * Input handling shared by the writers: a dataset or a stream of records, in dataset order.
 *
 * @module
 */
import {
  type Dataset,
  datasetRecords,
  isWellFormedText,
  type StatecraftRecord,
} from "@statecraft/core";
import { StatecraftJsonLdError } from "../error.js";
import { type BaseOptions, DEFAULT_BASE, type ExportInput } from "../export-input.js";
import { type ActorKinds, actorKinds } from "./derived.js";
import { type Base, checkBase, encodeId } from "./iri.js";
import { getModel, type Shape } from "./model.js";
import { sha256Hex } from "./sha256.js";

/** Resolves the base option. */
export function baseOf(options: BaseOptions | undefined): Base {
  return checkBase(options?.base ?? DEFAULT_BASE);
}

/** Whether the input is a dataset object rather than an iterable of records. */
export function isDataset(input: ExportInput): input is Dataset {
  return typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function";
}

/** The dataset metadata of the input, when it is a dataset. */
export function datasetMetadata(
  input: ExportInput,
): Pick<Dataset, "name" | "description" | "license"> {
  if (!isDataset(input)) return {};
  const { name, description, license } = input;
  return {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    ...(license === undefined ? {} : { license }),
  };
}

/** The shape of a record. */
export function shapeOf(record: StatecraftRecord): Shape {
  const shape = getModel().recordShape.get(record.type === "actor" ? record.kind : record.type);
  if (!shape) {
    throw new StatecraftJsonLdError(
      "invalid_document",
      `record ${JSON.stringify((record as { id?: unknown }).id)} has no exportable type`,
    );
  }
  return shape;
}

const TYPE_ORDER: Readonly<Record<string, number>> = {
  actor: 0,
  meeting: 1,
  issue: 2,
  tariff: 3,
  source: 4,
};

/**
 * The JSON Pointer of the first string in a value (keys included) that is not well-formed
 * UTF-16 — a lone surrogate, which neither JSON-LD's UTF-8 nor an N-Quads literal can carry.
 */
function illFormedString(value: unknown, pointer = ""): string | undefined {
  if (typeof value === "string") return isWellFormedText(value) ? undefined : pointer;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!isWellFormedText(key)) return at;
    const found = illFormedString(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Refuses a record both writers could only write wrongly: one holding a lone surrogate
 * (`@statecraft/validate` reports it as `lone_surrogate`). Checked here, where both writers take
 * their records, so JSON-LD and N-Quads reject the same records with the same error.
 */
function checked(record: StatecraftRecord): StatecraftRecord {
  const pointer = illFormedString(record);
  if (pointer !== undefined) {
    encodeId(record.id); // an id with a lone surrogate is an invalid_id, as everywhere else
    throw new StatecraftJsonLdError(
      "invalid_document",
      `record ${JSON.stringify(record.id)} holds a lone surrogate at ${pointer}, which no RDF literal can carry`,
    );
  }
  return record;
}

function* checkedRecords(records: Iterable<StatecraftRecord>): Iterable<StatecraftRecord> {
  for (const record of records) yield checked(record);
}

/**
 * The IRI of the dataset node. With a base of your own it is the base itself. With the default
 * base (`urn:statecraft:`, shared by every export) it is `urn:statecraft:dataset:` plus a
 * fingerprint of the record ids when the input is in memory, so two exports of different data
 * are different datasets; a lazy stream of records keeps the base.
 */
export function datasetIri(base: Base, input: ExportInput): string {
  if (base.iri !== DEFAULT_BASE) return base.iri;
  const records = isDataset(input)
    ? datasetRecords(input)
    : Array.isArray(input)
      ? input
      : undefined;
  if (records === undefined) return base.iri;
  const ids = (records as readonly StatecraftRecord[]).map((r) => r.id).sort();
  return `${DEFAULT_BASE}dataset:${sha256Hex(ids.join("\n")).slice(0, 16)}`;
}

/**
 * The states and governments of an input held in memory (a dataset or an array); `undefined` for
 * a lazy stream of records, which is read once.
 */
export function actorKindsOf(input: ExportInput): ActorKinds | undefined {
  if (isDataset(input)) return actorKinds(input.actors ?? []);
  return Array.isArray(input) ? actorKinds(input as readonly StatecraftRecord[]) : undefined;
}

/** Records of the input, in dataset order; sorted by type then encoded id when canonical. */
export function recordsOf(input: ExportInput, canonical: boolean): Iterable<StatecraftRecord> {
  const records = checkedRecords(isDataset(input) ? datasetRecords(input) : input);
  if (!canonical) return records;
  const keyed = [...records].map((record) => ({ record, key: encodeId(record.id) }));
  keyed.sort((a, b) => {
    const byType = (TYPE_ORDER[a.record.type] ?? 9) - (TYPE_ORDER[b.record.type] ?? 9);
    return byType !== 0 ? byType : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  return keyed.map((k) => k.record);
}

export type { BaseOptions, ExportInput };
