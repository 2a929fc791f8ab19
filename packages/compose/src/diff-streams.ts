import type { StatecraftRecord } from "@statecraft/core";
import { type DatasetDiff, type DiffOptions, diffDatasets } from "./diff-datasets.js";
import { type IdMap, resolveId } from "./id-map.js";

/**
 * A record as a reader that holds its text may give it: the id, a fingerprint of the content
 * (equal records must get equal fingerprints; different ones only cost a full comparison), and
 * how to parse it, called only for the records that differ.
 */
export interface StreamedRecord {
  /** The record's id. */
  readonly id: string;
  /** A fingerprint of its content, e.g. a hash of its JSON text. */
  readonly fingerprint: () => string;
  /** Parses the record. */
  readonly read: () => StatecraftRecord;
}

/** Records (or {@link StreamedRecord}s) that can be read more than once: each call starts a new pass. */
export type RecordSource = () =>
  | Iterable<StatecraftRecord | StreamedRecord>
  | AsyncIterable<StatecraftRecord | StreamedRecord>;

function isStreamed(item: StatecraftRecord | StreamedRecord): item is StreamedRecord {
  return typeof (item as { read?: unknown }).read === "function";
}

/**
 * A short fingerprint of a record's content (FNV-1a and a second 32-bit hash of its JSON text).
 * Two records with equal text are equal; records whose keys are in another order get different
 * fingerprints and are then compared in full, so the order of keys never shows as a change.
 */
function defaultFingerprint(record: StatecraftRecord): string {
  const text = JSON.stringify(record);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

function printOf(item: StatecraftRecord | StreamedRecord): string {
  return isStreamed(item) ? item.fingerprint() : defaultFingerprint(item);
}

function recordOf(item: StatecraftRecord | StreamedRecord): StatecraftRecord {
  return isStreamed(item) ? item.read() : item;
}

/**
 * {@link diffDatasets} over datasets too large to hold twice in memory: a pass over the new
 * version keeps only a fingerprint per id, a pass over the old one keeps the records whose
 * fingerprint differs, a second pass over the new one keeps their counterparts, and those are
 * compared. Memory grows with the number of records (an id and a fingerprint each)
 * and the records that differ, not with the size of every record. Gives the same result as
 * `diffDatasets` over the whole datasets.
 *
 * @param old - The old version (records or {@link StreamedRecord}s), read once.
 * @param now - The new version, read twice.
 * @param options - An id map, to report renamed records.
 * @returns The diff.
 * @example
 * ```ts
 * const diff = await diffDatasetStreams(() => records, () => records);
 * diff.same; // true
 * ```
 */
export async function diffDatasetStreams(
  old: RecordSource,
  now: RecordSource,
  options: DiffOptions = {},
): Promise<DatasetDiff> {
  const idMap: IdMap | undefined = options.idMap;
  const target = (id: string): string => (idMap ? (resolveId(idMap, id) ?? id) : id);
  const after = new Map<string, string>();
  for await (const item of now()) after.set(item.id, printOf(item));
  const oldRecords: StatecraftRecord[] = [];
  const newIds = new Set<string>();
  const seenTargets = new Set<string>();
  for await (const item of old()) {
    const id = target(item.id);
    const matchedId = after.has(id) ? id : item.id;
    const print = after.get(matchedId);
    seenTargets.add(matchedId);
    if (print === undefined || matchedId !== item.id || print !== printOf(item)) {
      oldRecords.push(recordOf(item));
      if (print !== undefined) newIds.add(matchedId);
    }
  }
  for (const id of after.keys()) if (!seenTargets.has(id)) newIds.add(id);
  after.clear();
  const newRecords: StatecraftRecord[] = [];
  for await (const item of now()) if (newIds.has(item.id)) newRecords.push(recordOf(item));
  return diffDatasets(oldRecords, newRecords, options);
}
