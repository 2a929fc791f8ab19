import type { IdMap } from "./id-map.js";
import { type MergeInput, mergeDatasets } from "./merge-datasets.js";
import type { MergeProblem } from "./merge-problem.js";

/** What {@link reconcileActors} finds. */
export interface ActorReconciliation {
  /** Each actor id that is the same actor as an actor given earlier, with that actor's id. */
  readonly idMap: IdMap;
  /** Conflicts (errors), disagreements between actors found the same, and possible duplicates. */
  readonly problems: MergeProblem[];
}

/**
 * Finds which actors of several datasets are the same, without merging anything else: states by
 * ISO 3166 code, any actor by a shared Wikidata id or `identifiers` entry or a shared id. The
 * first part of {@link mergeDatasets}, for a look before a merge.
 *
 * @param inputs - The datasets, in order of precedence.
 * @returns The id map (later ids → the first's) and the problems.
 * @example
 * ```ts
 * const found = reconcileActors([
 *   { name: "example/", records: [{ id: "china", type: "actor", kind: "state", name: "China", iso3166: "CN" }] },
 *   { name: "travels/", records: [{ id: "state-cn", type: "actor", kind: "state", name: "China", iso3166: "CN" }] },
 * ]);
 * found.idMap.ids; // { "state-cn": "china" }
 * ```
 */
export function reconcileActors(inputs: readonly MergeInput[]): ActorReconciliation {
  const result = mergeDatasets(
    inputs.map((input) => ({
      name: input.name,
      records: input.records.filter((record) => record.type === "actor"),
    })),
  );
  return { idMap: result.idMap, problems: result.problems };
}
