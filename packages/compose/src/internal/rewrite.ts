import { recordReferences, type StatecraftRecord } from "@statecraft/core";

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * A copy of a record with its id and every reference renamed by `rename` (ids it returns
 * unchanged stay). The record itself is never modified.
 */
export function rewriteRecord(
  record: StatecraftRecord,
  rename: (id: string) => string,
): StatecraftRecord {
  const references = recordReferences(record);
  const newId = rename(record.id);
  const changed = references.filter((reference) => rename(reference.id) !== reference.id);
  if (changed.length === 0 && newId === record.id) return record;
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  copy.id = newId;
  for (const reference of changed) {
    const steps = reference.pointer.split("/").slice(1).map(unescapePointer);
    let node: unknown = copy;
    for (const step of steps.slice(0, -1)) node = (node as Record<string, unknown>)[step];
    (node as Record<string, unknown>)[steps.at(-1)!] = rename(reference.id);
  }
  return copy as unknown as StatecraftRecord;
}
