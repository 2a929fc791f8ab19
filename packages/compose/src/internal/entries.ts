import type { StatecraftRecord } from "@statecraft/core";

/** One record of one input, as the merge sees it. */
export interface Entry {
  /** The input's position on the command line (0 first). */
  readonly input: number;
  /** The record, with the id map applied. */
  readonly record: StatecraftRecord;
  /** The record's id as the input gives it, before the id map. */
  readonly original: string;
}

/** The source ids a record cites. */
export function citedSources(record: StatecraftRecord): string[] {
  return [...new Set((record.sources ?? []).map((citation) => citation.source))];
}

/** A record's type as words: `person`, `state`, `meeting`... */
export function recordNoun(record: StatecraftRecord): string {
  return record.type === "actor" ? record.kind : record.type;
}
