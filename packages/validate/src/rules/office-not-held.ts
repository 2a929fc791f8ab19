import { RecordTable } from "../internal/record-table.js";
import type { DatasetRule } from "./dataset-rule.js";

function sameTitle(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * `office_not_held`: a participant's `capacity` is not the title of an office the person holds
 * on the meeting's date. An office is held on a date unless it certainly starts after it or
 * certainly ends before it (the rule of core's `officesHeldOn`, on bounds computed once).
 *
 * @internal
 */
export const officeNotHeld: DatasetRule = (table, report) => {
  const { strings } = table;
  for (let record = 0; record < table.size; record++) {
    if (table.shape(record) !== "meeting") continue;
    const slot = table.recSlot.get(record);
    if (slot === -1) continue;
    const dateNum = table.meetingDate.get(slot);
    if (dateNum === -1) continue;
    const earliest = table.meetingEarliest.get(slot);
    const latest = table.meetingLatest.get(slot);
    const [cStart, cEnd] = RecordTable.range(table.capacityStart, slot, table.capacities.length);
    for (let c = cStart; c < cEnd; c += 3) {
      const personRecord = table.recordOf(table.capacities.get(c));
      if (personRecord === -1 || table.shape(personRecord) !== "person") continue;
      const person = table.recSlot.get(personRecord);
      if (person === -1) continue;
      const capacity = strings[table.capacities.get(c + 1)]!;
      const [oStart, oEnd] = RecordTable.range(table.officeStart, person, table.offices.length / 3);
      const held: number[] = [];
      let sameTitleAtOtherTimes = -1;
      for (let o = oStart; o < oEnd; o++) {
        const heldThen =
          table.officeEarliest.get(o) <= latest && table.officeLatest.get(o) >= earliest;
        const title = strings[table.offices.get(o * 3)]!;
        if (heldThen) held.push(o);
        if (sameTitle(title, capacity)) {
          if (heldThen) {
            held.length = 0;
            sameTitleAtOtherTimes = -2;
            break;
          }
          sameTitleAtOtherTimes = o;
        }
      }
      if (sameTitleAtOtherTimes === -2 || oEnd === oStart) continue;
      const actor = table.idName(table.capacities.get(c));
      const date = strings[dateNum]!;
      let message: string;
      if (sameTitleAtOtherTimes >= 0) {
        const start = table.offices.get(sameTitleAtOtherTimes * 3 + 1);
        const end = table.offices.get(sameTitleAtOtherTimes * 3 + 2);
        message = `${actor} holds "${capacity}" from ${start === -1 ? "an unknown date" : strings[start]} to ${end === -1 ? "now" : strings[end]}, not on the meeting date ${date}`;
      } else {
        const then = held.map((o) => `"${strings[table.offices.get(o * 3)]}"`).join(", ");
        message = `"${capacity}" is not an office of ${actor} on ${date} (${held.length > 0 ? `offices then: ${then}` : "no office held then"})`;
      }
      report({
        code: "office_not_held",
        message,
        record,
        pointer: `/participants/${table.capacities.get(c + 2)}/capacity`,
      });
    }
  }
};
