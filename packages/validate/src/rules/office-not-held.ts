import { type Office, officesHeldOn } from "@statecraft/core";
import type { DatasetRule } from "./dataset-rule.js";

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * `office_not_held`: a participant's `capacity` is not the title of an office the person holds
 * on the meeting's date.
 *
 * @internal
 */
export const officeNotHeld: DatasetRule = (table, report) => {
  for (const [record, facts] of table.facts) {
    if (!facts.valid || facts.date === undefined || !facts.capacities) continue;
    const date = facts.date;
    for (const [actor, capacity, index] of facts.capacities) {
      const person = table.lookup(actor);
      if (person === -1 || table.shape(person) !== "person") continue;
      const offices = table.facts.get(person)?.offices;
      if (!offices || offices.length === 0) continue;
      const held = officesHeldOn(offices as Office[], date);
      if (held.some((o) => sameTitle(o.title, capacity))) continue;
      const other = offices.find((o) => sameTitle(o.title, capacity));
      const message = other
        ? `${actor} holds "${capacity}" from ${other.start ?? "an unknown date"} to ${other.end ?? "now"}, not on the meeting date ${date}`
        : `"${capacity}" is not an office of ${actor} on ${date} (${held.length > 0 ? `offices then: ${held.map((o) => `"${o.title}"`).join(", ")}` : "no office held then"})`;
      report({ code: "office_not_held", message, record, pointer: `/participants/${index}/capacity` });
    }
  }
};
