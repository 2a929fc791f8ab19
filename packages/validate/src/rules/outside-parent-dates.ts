import { isDefinitelyAfter, isDefinitelyBefore } from "@statecraft/core";
import type { DatasetRule } from "./dataset-rule.js";

/**
 * `outside_parent_dates`: a meeting's date certainly falls outside the date of a meeting it is
 * part of (its `parent`, or one in its `partOf`). Undated meetings are not checked.
 *
 * @internal
 */
export const outsideParentDates: DatasetRule = (facts, report) => {
  for (const meeting of facts.meetings()) {
    const { date } = meeting;
    if (date === undefined) continue;
    for (const container of meeting.containers()) {
      const outer = container.date;
      if (outer === undefined) continue;
      const before = isDefinitelyBefore(date, outer);
      if (!before && !isDefinitelyAfter(date, outer)) continue;
      report({
        code: "outside_parent_dates",
        message: `the meeting (${date.text}) is dated ${before ? "before" : "after"} "${container.id}" (${outer.text}), which it is part of`,
        record: meeting.number,
        pointer: "/date",
      });
      break;
    }
  }
};
