import { isOfficeNamed, officesHeldOn } from "@statecraft/core";
import type { OfficeFacts } from "./dataset-facts.js";
import type { DatasetRule } from "./dataset-rule.js";

/** Whether a capacity names an office: its title, an alternate title or its role (core's `isOfficeNamed`). */
const isTitled = (office: OfficeFacts, capacity: string): boolean =>
  isOfficeNamed(office, capacity);

function term(office: OfficeFacts): string {
  return `from ${office.start?.text ?? "an unknown date"} to ${office.end?.text ?? "now"}`;
}

/**
 * `office_not_held`: a participant's `capacity` names no office (title, alternate title or role,
 * by core's `isOfficeNamed`) the person holds on the meeting's date, by core's `officesHeldOn`
 * (both ends of a term inclusive). Persons without offices and meetings without
 * a date are not checked.
 *
 * @internal
 */
export const officeNotHeld: DatasetRule = (facts, report) => {
  for (const meeting of facts.meetings()) {
    const { date } = meeting;
    if (date === undefined) continue;
    for (const { person, capacity, participant } of meeting.capacities()) {
      if (person === undefined || person.offices.length === 0) continue;
      const heldThen = officesHeldOn(person.offices, date);
      if (heldThen.some((office) => isTitled(office, capacity))) continue;
      const titled = person.offices.filter((office) => isTitled(office, capacity));
      const other = titled[titled.length - 1];
      const then = heldThen.map((office) => `"${office.title}"`).join(", ");
      report({
        code: "office_not_held",
        message: other
          ? `${person.id} holds "${capacity}" ${term(other)}, not on the meeting date ${date.text}`
          : `"${capacity}" is not an office of ${person.id} on ${date.text} (${then ? `offices then: ${then}` : "no office held then"})`,
        record: meeting.number,
        pointer: `/participants/${participant}/capacity`,
      });
    }
  }
};
