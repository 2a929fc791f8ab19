/**
 * What a download holds: the whole dataset, or — filtered — the meetings, issues and tariffs the
 * filters keep, with the dataset's actors and sources (what they may refer to).
 */
import type { StatecraftRecord } from "@statecraft/core";
import type { PreparedDataset } from "./prepared-dataset.js";
import { type Filters, select } from "./selection.js";

/** Whether the filters narrow what is on show. */
export function isFiltered(filters: Filters): boolean {
  return filters.actor !== undefined || filters.issue !== undefined;
}

/**
 * The records on show under `filters`.
 *
 * @example
 * ```ts
 * recordsOnShow(dataset, { actor: "wang-yi" }).length;
 * ```
 */
export function recordsOnShow(
  dataset: PreparedDataset,
  filters: Filters,
): readonly StatecraftRecord[] {
  if (!isFiltered(filters)) return dataset.records;
  const selection = select(dataset, filters);
  return [
    ...dataset.ofType("actor"),
    ...dataset.ofType("source"),
    ...selection.meetings,
    ...selection.issues.map((selected) => selected.issue),
    ...selection.tariffs,
  ];
}
