import type { Actor, StatecraftRecord } from "@statecraft/core";
import { actorKeys } from "./actor-keys.js";
import { emptyIdMap, type IdMap, resolveId } from "./id-map.js";
import { citedSources, type Entry, recordNoun } from "./internal/entries.js";
import { findPossibleDuplicates } from "./internal/possible-duplicates.js";
import { type MergeContext, mergeRecords } from "./internal/record-merge.js";
import { rewriteRecord } from "./internal/rewrite.js";
import { matchMeetings } from "./internal/same-event.js";
import { UnionFind } from "./internal/union-find.js";
import type { MergeProblem } from "./merge-problem.js";

/** One dataset to merge: its records and a name for messages (a folder-qualified path). */
export interface MergeInput {
  /** How messages name the input, e.g. `travels/` or `examples/blinken-china-2024`. */
  readonly name: string;
  /** Its records, valid (as `loadDataset` of `@statecraft/validate/node` gives them). */
  readonly records: readonly StatecraftRecord[];
}

/** Options of {@link mergeDatasets}. */
export interface MergeOptions {
  /** The id map of an earlier merge: its renames are applied first, so ids stay as they were. */
  readonly idMap?: IdMap;
}

/** Counts of a merge. */
export interface MergeStats {
  /** Records read, over every input. */
  readonly recordsIn: number;
  /** Records in the merged dataset. */
  readonly recordsOut: number;
  /** Actors merged into another one (same id, ISO code or shared identifier). */
  readonly actorsMerged: number;
  /** Meetings recognised as an event of an earlier input. */
  readonly meetingsMatched: number;
  /** Other records merged because they have the same id (sources, issues, tariffs...). */
  readonly othersMerged: number;
}

/**
 * What {@link mergeDatasets} returns. With an `error` among `problems` the records must not be
 * used (`ok` is `false`); warnings (disagreements, possible duplicates) leave it `true`.
 */
export interface MergeResult {
  /** Whether the inputs could be merged (no `error` problem). */
  readonly ok: boolean;
  /** The merged records: in the order of their first appearance (inputs in order, then records in order). */
  readonly records: StatecraftRecord[];
  /** The id map to keep beside the merged dataset: every input id that changed, and the given map's renames. */
  readonly idMap: IdMap;
  /** Errors, then disagreements, then possible duplicates, each in input order. */
  readonly problems: MergeProblem[];
  /** Counts. */
  readonly stats: MergeStats;
}

function sameIdConflict(a: StatecraftRecord, b: StatecraftRecord): string | undefined {
  if (a.type !== b.type) return `a ${recordNoun(a)} in one and a ${recordNoun(b)} in the other`;
  if (a.type !== "actor" || b.type !== "actor") return undefined;
  if (a.kind !== b.kind) return `a ${a.kind} in one and a ${b.kind} in the other`;
  if (a.kind === "state" && b.kind === "state" && a.iso3166 && b.iso3166 && a.iso3166 !== b.iso3166)
    return `the state with ISO code ${a.iso3166} in one and ${b.iso3166} in the other`;
  if (a.wikidata && b.wikidata && a.wikidata !== b.wikidata)
    return `Wikidata ${a.wikidata} in one and ${b.wikidata} in the other`;
  return undefined;
}

const FIRST_KEYS = ["id", "type", "kind", "name"];
const LAST_KEYS = ["sources", "note"];

/** A merged record with its keys in the order a person would write them: id, type, kind, name first; sources, note last. */
function orderKeys(record: StatecraftRecord): StatecraftRecord {
  const from = record as unknown as Record<string, unknown>;
  const keys = Object.keys(from);
  const middle = keys.filter((k) => !FIRST_KEYS.includes(k) && !LAST_KEYS.includes(k));
  const out: Record<string, unknown> = {};
  for (const key of [...FIRST_KEYS, ...middle, ...LAST_KEYS])
    if (Object.hasOwn(from, key)) out[key] = from[key];
  return out as unknown as StatecraftRecord;
}

/**
 * Merges datasets into one. Actors that are the same are merged: states by ISO 3166 code, any
 * actor by a shared Wikidata id or `identifiers` entry, any record by a shared id. Then meetings
 * of later inputs that are the same event as a meeting of an earlier one (the same reconciled
 * persons, compatible states, kind and place, overlapping dates; a leg only within the same
 * trip) are merged into it. A merged record keeps the id of the input given first, unites the
 * lists (citations, participants, agenda, identifiers...), and where two inputs give a field
 * different values keeps the first input's and reports a `disagreement` naming both values and
 * both inputs. Every reference is rewritten to the merged ids, and the id map says which ids
 * changed. The output is deterministic: the same inputs give the same records, in the same order.
 *
 * @param inputs - The datasets, in order of precedence.
 * @param options - An earlier merge's id map.
 * @returns The merged records, the id map and the problems.
 * @example
 * ```ts
 * const result = mergeDatasets([
 *   { name: "example/", records },
 *   { name: "travels/", records: [] },
 * ]);
 * if (result.ok) console.log(result.records.length, result.idMap.ids);
 * for (const problem of result.problems) console.error(problem.message);
 * ```
 */
export function mergeDatasets(
  inputs: readonly MergeInput[],
  options: MergeOptions = {},
): MergeResult {
  const given = options.idMap ?? emptyIdMap();
  const problems: MergeProblem[] = [];
  const entries: Entry[] = [];
  const originals = new Set<string>();
  inputs.forEach((input, index) => {
    for (const record of input.records) {
      originals.add(record.id);
      const renamed = rewriteRecord(record, (id) => resolveId(given, id) ?? id);
      entries.push({ input: index, record: renamed, original: record.id });
    }
  });
  for (const [from, to] of Object.entries(given.ids)) {
    if (!originals.has(from) && !originals.has(to)) {
      problems.push({
        code: "id_map_dangling",
        severity: "error",
        id: to,
        message: `the id map renames "${from}" to "${to}", but no input has either id; remove the entry or give the input it comes from`,
        values: [],
      });
    }
  }

  // 1. Same id: the same thing, unless the records say otherwise.
  const sets = new UnionFind(entries.length);
  const firstOfId = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstOfId.get(entry.record.id);
    if (first === undefined) {
      firstOfId.set(entry.record.id, index);
      return;
    }
    const other = entries[first]!;
    const conflict = sameIdConflict(other.record, entry.record);
    if (conflict !== undefined && other.input !== entry.input) {
      problems.push({
        code: "id_conflict",
        severity: "error",
        id: entry.record.id,
        message: `id "${entry.record.id}" names two different things: ${conflict} (${inputs[other.input]!.name} and ${inputs[entry.input]!.name}); rename one of them, or map it with an id map`,
        values: [other, entry].map((e) => ({
          input: inputs[e.input]!.name,
          id: e.original,
          sources: citedSources(e.record),
        })),
      });
      return;
    }
    sets.union(first, index);
  });

  // 2. Actors: ISO codes, Wikidata ids, identifiers.
  const byKey = new Map<string, number>();
  let actorsMerged = 0;
  entries.forEach((entry, index) => {
    if (entry.record.type !== "actor") return;
    for (const key of actorKeys(entry.record)) {
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, index);
      else sets.union(first, index);
    }
  });

  const resolveEntry = (index: number): string => entries[sets.find(index)]!.record.id;
  const resolve = (id: string): string => {
    const index = firstOfId.get(id);
    return index === undefined ? id : resolveEntry(index);
  };
  const representative = new Map<string, Actor>();
  const actorOf = (id: string): Actor | undefined => {
    const index = firstOfId.get(id);
    if (index === undefined) return undefined;
    const root = sets.find(index);
    const record = entries[root]!.record;
    if (record.type !== "actor") return undefined;
    let actor = representative.get(record.id);
    if (actor === undefined) {
      actor = rewriteRecord(record, resolve) as Actor;
      representative.set(record.id, actor);
    }
    return actor;
  };

  // 3. Meetings that are the same event.
  const meetingsMatched = matchMeetings(entries, sets, resolve, actorOf, (id) => firstOfId.get(id));

  // 4. Merge each set, in order of first appearance.
  const groups = new Map<number, number[]>();
  entries.forEach((_, index) => {
    const root = sets.find(index);
    const list = groups.get(root) ?? [];
    list.push(index);
    groups.set(root, list);
  });
  const finalId = (id: string): string => resolve(id);
  const disagreements: MergeProblem[] = [];
  const context: MergeContext = { actorOf, problems: disagreements };
  const records: StatecraftRecord[] = [];
  let othersMerged = 0;
  const ids: Record<string, string> = {};
  for (const [root, members] of [...groups].sort((x, y) => x[0] - y[0])) {
    const first = entries[root]!;
    let merged = rewriteRecord(first.record, finalId);
    for (const index of members.slice(1)) {
      const entry = entries[index]!;
      if (entry.record.type === "actor") actorsMerged++;
      else if (entry.record.type !== "meeting" || entry.record.id === first.record.id)
        othersMerged++;
      merged = mergeRecords(
        { record: merged, input: inputs[first.input]!.name, id: first.original },
        {
          record: rewriteRecord(entry.record, finalId),
          input: inputs[entry.input]!.name,
          id: entry.original,
        },
        context,
      );
    }
    records.push(orderKeys(merged));
    for (const index of members) {
      const entry = entries[index]!;
      if (entry.original !== merged.id) ids[entry.original] = merged.id;
    }
  }
  for (const [from, to] of Object.entries(given.ids)) {
    if (!Object.hasOwn(ids, from) && from !== resolve(to)) ids[from] = resolve(to);
  }
  const possible = findPossibleDuplicates(records, inputs, entries, sets, firstOfId);
  const all = [...problems, ...disagreements, ...possible];
  return {
    ok: !all.some((p) => p.severity === "error"),
    records,
    idMap: { version: 1, ids },
    problems: all,
    stats: {
      recordsIn: entries.length,
      recordsOut: records.length,
      actorsMerged,
      meetingsMatched,
      othersMerged,
    },
  };
}
