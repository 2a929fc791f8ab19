import type { StatecraftRecord } from "@statecraft/core";
import { type DatasetDiff, type DiffOptions, diffDatasets } from "./diff-datasets.js";
import { type IdMap, resolveId } from "./id-map.js";

/** Records that can be read more than once: each call starts a new pass. */
export type RecordSource = () => Iterable<StatecraftRecord> | AsyncIterable<StatecraftRecord>;

/**
 * A short fingerprint of a record's content (FNV-1a and a second 32-bit hash of its JSON text).
 * Two records with equal text are equal; records whose keys are in another order get different
 * fingerprints and are then compared in full, so the order of keys never shows as a change.
 */
function fingerprint(record: StatecraftRecord): string {
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

async function collect(
  source: RecordSource,
  keep: (record: StatecraftRecord) => boolean,
): Promise<StatecraftRecord[]> {
  const out: StatecraftRecord[] = [];
  for await (const record of source()) if (keep(record)) out.push(record);
  return out;
}

/**
 * {@link diffDatasets} over datasets too large to hold twice in memory: a pass over the new
 * version keeps only a fingerprint per id, a pass over the old one keeps the records whose
 * fingerprint differs, a second pass over the new one keeps their counterparts, and those are
 * compared. Memory grows with the number of records (an id and a fingerprint each)
 * and the records that differ, not with the size of every record. Gives the same result as
 * `diffDatasets` over the whole datasets.
 *
 * @param old - The old version, read once.
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
  for await (const record of now()) after.set(record.id, fingerprint(record));
  const oldRecords: StatecraftRecord[] = [];
  const newIds = new Set<string>();
  const seenTargets = new Set<string>();
  for await (const record of old()) {
    const id = target(record.id);
    const matchedId = after.has(id) ? id : record.id;
    const print = after.get(matchedId);
    seenTargets.add(matchedId);
    if (print === undefined || matchedId !== record.id || print !== fingerprint(record)) {
      oldRecords.push(record);
      if (print !== undefined) newIds.add(matchedId);
    }
  }
  for (const id of after.keys()) if (!seenTargets.has(id)) newIds.add(id);
  after.clear();
  const newRecords = await collect(now, (record) => newIds.has(record.id));
  return diffDatasets(oldRecords, newRecords, options);
}
