import { dateBounds } from "@statecraft/core";
import type { RecordTable } from "../internal/record-table.js";
import type { DatasetRule } from "./dataset-rule.js";

/** The cited sources of a meeting that have a publication date, with their bounds. */
function datedSources(table: RecordTable, cites: readonly string[]): { id: string; published: string; earliest: number; latest: number }[] {
  const out = [];
  for (const id of cites) {
    const source = table.lookup(id);
    if (source === -1 || table.shape(source) !== "source") continue;
    const published = table.facts.get(source)?.published;
    if (published === undefined) continue;
    out.push({ id, published, ...dateBounds(published) });
  }
  return out;
}

/**
 * `held_after_source`: a meeting marked `held` begins after every one of its dated sources was
 * published, so none of them can report it as held.
 *
 * @internal
 */
export const heldAfterSource: DatasetRule = (table, report) => {
  for (const [record, facts] of table.facts) {
    if (!facts.valid || facts.status !== "held" || facts.date === undefined || !facts.cites) continue;
    const sources = datedSources(table, facts.cites);
    if (sources.length === 0) continue;
    const start = dateBounds(facts.date).earliest;
    const latest = sources.reduce((a, b) => (b.latest > a.latest ? b : a));
    if (latest.latest < start) {
      report({
        code: "held_after_source",
        message: `the meeting is marked held, but it begins (${facts.date}) after its latest source "${latest.id}" was published (${latest.published})`,
        record,
        pointer: "/status",
      });
    }
  }
};

/**
 * `planned_before_source`: a `planned` or `expected` meeting ends before a source it cites was
 * published.
 *
 * @internal
 */
export const plannedBeforeSource: DatasetRule = (table, report) => {
  for (const [record, facts] of table.facts) {
    if (!facts.valid || (facts.status !== "planned" && facts.status !== "expected") || facts.date === undefined || !facts.cites) continue;
    const end = dateBounds(facts.date).latest;
    const later = datedSources(table, facts.cites).find((s) => s.earliest > end);
    if (later) {
      report({
        code: "planned_before_source",
        message: `the meeting is still "${facts.status}", but its date (${facts.date}) had passed when "${later.id}" was published (${later.published})`,
        record,
        pointer: "/status",
      });
    }
  }
};
