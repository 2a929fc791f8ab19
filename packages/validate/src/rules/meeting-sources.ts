import { MEETING_STATUSES } from "@statecraft/core";
import { RecordTable } from "../internal/record-table.js";
import type { DatasetRule } from "./dataset-rule.js";

const HELD = MEETING_STATUSES.indexOf("held");
const PLANNED = MEETING_STATUSES.indexOf("planned");
const EXPECTED = MEETING_STATUSES.indexOf("expected");

/** The source slots of a meeting's dated citations, with the sources' id numbers. */
function* datedSources(
  table: RecordTable,
  slot: number,
): Generator<{ idNum: number; source: number }> {
  const [start, end] = RecordTable.range(table.citeStart, slot, table.cites.length);
  for (let i = start; i < end; i++) {
    const idNum = table.cites.get(i);
    const record = table.recordOf(idNum);
    if (record === -1 || table.shape(record) !== "source") continue;
    const source = table.recSlot.get(record);
    if (source === -1 || table.sourcePublished.get(source) === -1) continue;
    yield { idNum, source };
  }
}

function* meetings(
  table: RecordTable,
  statuses: readonly number[],
): Generator<{ record: number; slot: number }> {
  for (let record = 0; record < table.size; record++) {
    if (table.shape(record) !== "meeting") continue;
    const slot = table.recSlot.get(record);
    if (
      slot === -1 ||
      table.meetingDate.get(slot) === -1 ||
      !statuses.includes(table.meetingStatus.get(slot))
    )
      continue;
    yield { record, slot };
  }
}

/**
 * `held_after_source`: a meeting marked `held` begins after every one of its dated sources was
 * published, so none of them can report it as held.
 *
 * @internal
 */
export const heldAfterSource: DatasetRule = (table, report) => {
  for (const { record, slot } of meetings(table, [HELD])) {
    let latest: { idNum: number; source: number } | undefined;
    for (const s of datedSources(table, slot)) {
      if (!latest || table.sourceLatest.get(s.source) > table.sourceLatest.get(latest.source))
        latest = s;
    }
    if (latest && table.sourceLatest.get(latest.source) < table.meetingEarliest.get(slot)) {
      const published = table.strings[table.sourcePublished.get(latest.source)];
      const date = table.strings[table.meetingDate.get(slot)];
      report({
        code: "held_after_source",
        message: `the meeting is marked held, but it begins (${date}) after its latest source "${table.idName(latest.idNum)}" was published (${published})`,
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
  for (const { record, slot } of meetings(table, [PLANNED, EXPECTED])) {
    const end = table.meetingLatest.get(slot);
    for (const s of datedSources(table, slot)) {
      if (table.sourceEarliest.get(s.source) <= end) continue;
      const status = MEETING_STATUSES[table.meetingStatus.get(slot)];
      report({
        code: "planned_before_source",
        message: `the meeting is still "${status}", but its date (${table.strings[table.meetingDate.get(slot)]}) had passed when "${table.idName(s.idNum)}" was published (${table.strings[table.sourcePublished.get(s.source)]})`,
        record,
        pointer: "/status",
      });
      break;
    }
  }
};
