import type { DatasetRule } from "./dataset-rule.js";

/**
 * `orphaned_source`: a source record that no reference points at.
 *
 * @internal
 */
export const orphanedSource: DatasetRule = (table, report) => {
  const cited = new Uint8Array(table.idCount);
  const refs = table.refs;
  for (let i = 0; i < refs.length; i += 2) cited[refs.get(i)] = 1;
  for (let record = 0; record < table.size; record++) {
    if (table.shape(record) !== "source") continue;
    const idNum = table.recId.get(record);
    if (table.idRecord.get(idNum) !== record) continue; // a duplicate is reported as such
    if (!cited[idNum])
      report({
        code: "orphaned_source",
        message: `no record cites the source "${table.id(record)}"`,
        record,
        pointer: "/id",
      });
  }
};
