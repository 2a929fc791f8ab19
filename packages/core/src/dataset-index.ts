import {
  type Dataset,
  datasetRecords,
  type RecordTypeMap,
  type StatecraftRecord,
} from "./dataset.js";
import { type RecordReference, recordReferences } from "./record-references.js";
import type { RecordType } from "./reference-field.js";

/** A reference seen from its target: which record points here, and from which field. */
export interface IncomingReference {
  /** The record holding the reference. */
  readonly from: StatecraftRecord;
  /** The JSON Pointer of the field within `from`, e.g. `/participants/1/actor`. */
  readonly pointer: string;
}

/**
 * An index over a dataset's records: O(1) lookup by id, records by type, and reverse references.
 *
 * Build it once with {@link createDatasetIndex}; the query helpers take it as first argument.
 * When two records share an id (an error the validator reports), the first one wins.
 *
 * @example
 * ```ts
 * const index = createDatasetIndex(dataset);
 * index.get("antony-blinken");            // the person record
 * index.referencesTo("china").length;     // how many fields point at China
 * ```
 */
export class DatasetIndex {
  readonly #byId = new Map<string, StatecraftRecord>();
  readonly #byType = new Map<RecordType, StatecraftRecord[]>();
  readonly #incoming = new Map<string, IncomingReference[]>();
  readonly #outgoing = new Map<string, RecordReference[]>();

  /** Every record, in input order (duplicates included). */
  readonly records: readonly StatecraftRecord[];

  /**
   * Indexes the given records.
   *
   * @param records - The records to index.
   */
  constructor(records: readonly StatecraftRecord[]) {
    this.records = records;
    for (const record of records) {
      if (!this.#byId.has(record.id)) this.#byId.set(record.id, record);
      const list = this.#byType.get(record.type);
      if (list) list.push(record);
      else this.#byType.set(record.type, [record]);
      const refs = recordReferences(record);
      this.#outgoing.set(record.id, refs);
      for (const ref of refs) {
        const incoming = this.#incoming.get(ref.id);
        const entry = { from: record, pointer: ref.pointer };
        if (incoming) incoming.push(entry);
        else this.#incoming.set(ref.id, [entry]);
      }
    }
  }

  /**
   * Looks a record up by id.
   *
   * @param id - The record id.
   * @returns The record, or `undefined`.
   */
  get(id: string): StatecraftRecord | undefined {
    return this.#byId.get(id);
  }

  /**
   * Looks a record of a given type up by id.
   *
   * @param type - The record type wanted.
   * @param id - The record id.
   * @returns The record when it exists and has that type, else `undefined`.
   * @example
   * ```ts
   * index.getOf("meeting", "blinken-china-visit-2024-04")?.participants;
   * ```
   */
  getOf<T extends RecordType>(type: T, id: string): RecordTypeMap[T] | undefined {
    const record = this.#byId.get(id);
    return record?.type === type ? (record as RecordTypeMap[T]) : undefined;
  }

  /**
   * Whether a record with this id exists.
   *
   * @param id - The record id.
   * @returns `true` when the dataset has it.
   */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /**
   * All records of a type, in input order.
   *
   * @param type - The record type.
   * @returns The records of that type.
   */
  ofType<T extends RecordType>(type: T): readonly RecordTypeMap[T][] {
    return (this.#byType.get(type) ?? []) as RecordTypeMap[T][];
  }

  /**
   * The fields in other records that point at this id.
   *
   * @param id - The referenced id.
   * @returns Incoming references, in input order.
   */
  referencesTo(id: string): readonly IncomingReference[] {
    return this.#incoming.get(id) ?? [];
  }

  /**
   * The references a record makes.
   *
   * @param id - The referencing record's id.
   * @returns Outgoing references, in schema order.
   */
  referencesFrom(id: string): readonly RecordReference[] {
    return this.#outgoing.get(id) ?? [];
  }
}

/**
 * Builds a {@link DatasetIndex} from a dataset or a list of records.
 *
 * @param input - A parsed dataset, or records from any source.
 * @returns The index.
 * @example
 * ```ts
 * const index = createDatasetIndex(DatasetSchema.parse(json));
 * ```
 */
export function createDatasetIndex(input: Dataset | Iterable<StatecraftRecord>): DatasetIndex {
  const records =
    Symbol.iterator in input
      ? [...(input as Iterable<StatecraftRecord>)]
      : datasetRecords(input as Dataset);
  return new DatasetIndex(records);
}
