import { isDefinitelyAfter, isDefinitelyBefore, type PartialDate } from "@statecraft/core";
import type { SourceFacts } from "./dataset-facts.js";
import type { DatasetRule } from "./dataset-rule.js";

/** A source with a publication date. */
type DatedSource = SourceFacts & { readonly published: PartialDate };

function isDated(source: SourceFacts): source is DatedSource {
  return source.published !== undefined;
}

/**
 * `held_after_source`: a meeting marked `held` begins after every one of its dated sources was
 * published, so none of them can report it as held.
 *
 * @internal
 */
export const heldAfterSource: DatasetRule = (facts, report) => {
  for (const meeting of facts.meetings()) {
    const { date } = meeting;
    if (meeting.status !== "held" || date === undefined) continue;
    const sources = meeting.citations().filter(isDated);
    if (sources.length === 0 || !sources.every((s) => isDefinitelyBefore(s.published, date)))
      continue;
    const latest = sources.reduce((a, b) => (b.published.latest > a.published.latest ? b : a));
    report({
      code: "held_after_source",
      message: `the meeting is marked held, but it begins (${date.text}) after its latest source "${latest.id}" was published (${latest.published.text})`,
      record: meeting.number,
      pointer: "/status",
    });
  }
};

/**
 * `planned_before_source`: a `planned` or `expected` meeting ends before a source it cites was
 * published.
 *
 * @internal
 */
export const plannedBeforeSource: DatasetRule = (facts, report) => {
  for (const meeting of facts.meetings()) {
    const { date, status } = meeting;
    if ((status !== "planned" && status !== "expected") || date === undefined) continue;
    for (const source of meeting.citations()) {
      if (!isDated(source) || !isDefinitelyAfter(source.published, date)) continue;
      report({
        code: "planned_before_source",
        message: `the meeting is still "${status}", but its date (${date.text}) had passed when "${source.id}" was published (${source.published.text})`,
        record: meeting.number,
        pointer: "/status",
      });
      break;
    }
  }
};
