import type { DatasetRule } from "./dataset-rule.js";

/**
 * `orphaned_source`: a source record that no reference points at (a second record with the id
 * of another is reported as a duplicate instead).
 *
 * @internal
 */
export const orphanedSource: DatasetRule = (facts, report) => {
  for (const record of facts.records()) {
    if (record.shape !== "source" || !record.firstWithId || facts.isReferenced(record)) continue;
    report({
      code: "orphaned_source",
      message: `no record cites the source "${record.id}"`,
      record: record.number,
      pointer: "/id",
    });
  }
};
