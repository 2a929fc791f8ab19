import type { Office, Person } from "@statecraft/core";
import { HSG_PRESIDENTS, HSG_SECRETARIES } from "../../generated/hsg-reference.js";
import { type ImportContext, stateId } from "../../internal/context.js";
import { SOURCE } from "./source.js";
import type { Trip } from "./trip.js";

const OFFICE_TITLES = { president: "President", secretary: "Secretary of State" } as const;

/** The offices the Office of the Historian's tables give a traveller. */
function officesOf(who: string, role: Trip["role"]): Office[] {
  const us = stateId("US");
  if (role === "president") {
    return HSG_PRESIDENTS.filter(([id]) => id === who).map(([, n, , start, end]) => ({
      title: "President",
      role: "head_of_state",
      state: us,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      sources: [{ source: SOURCE.id, locator: `presidents.xml, president ${n}` }],
    }));
  }
  return HSG_SECRETARIES.filter(([id]) => id === who).map(([, start, end]) => ({
    title: "Secretary of State",
    role: "foreign_minister",
    state: us,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    sources: [{ source: SOURCE.id, locator: "hsg-pocom positions-principals/secretary.xml" }],
  }));
}

/** Whether an office is held throughout [start, end]. */
function heldThroughout(office: Office, start: string, end: string): boolean {
  return (
    (office.start === undefined || office.start <= start) &&
    (office.end === undefined || end <= office.end)
  );
}

/** The person of a traveller, with the offices (in the roles of its trips) of the HSG tables. */
function travellerOf(
  trip: Trip,
  trips: readonly Trip[],
  us: string,
  context: ImportContext,
): Person {
  const offices = [...officesOf(trip.who, "president"), ...officesOf(trip.who, "secretary")].filter(
    (o) =>
      o.title === OFFICE_TITLES[trip.role] ||
      trips.some((t) => t.who === trip.who && OFFICE_TITLES[t.role] === o.title),
  );
  if (offices.length === 0) {
    context.warn(
      "traveller_without_office",
      "warning",
      `no ${OFFICE_TITLES[trip.role]} term is known for "${trip.who}"; the person has no offices`,
      { file: trip.file, line: trip.line, row: trip.id },
      trip.who,
    );
  }
  const president = HSG_PRESIDENTS.find(([id]) => id === trip.who);
  return {
    id: `hsg-person-${trip.who}`,
    type: "actor",
    kind: "person",
    name: trip.role === "president" && president ? president[2] : trip.name,
    ...(trip.role === "president" && president && president[2] !== trip.name
      ? { alternateNames: [{ name: trip.name, kind: "alias" as const }] }
      : {}),
    identifiers: [{ scheme: "hsg-person", value: trip.who }],
    nationality: [us],
    ...(offices.length > 0 ? { offices } : {}),
    sources: [{ source: SOURCE.id, locator: trip.file }],
  };
}

/** The travellers: one person per slug (from the first trip), each queued to be emitted. */
export function travellers(
  trips: readonly Trip[],
  us: string,
  context: ImportContext,
): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const trip of trips) {
    if (people.has(trip.who)) continue;
    const person = travellerOf(trip, trips, us, context);
    people.set(trip.who, person);
    context.share(person);
  }
  return people;
}

/**
 * The capacity of a traveller on a trip: the office of its role, when held throughout the trip;
 * otherwise none, reported when `report` is set.
 */
export function capacityOf(
  person: Person,
  trip: Trip,
  report: boolean,
  context: ImportContext,
): string | undefined {
  const title = OFFICE_TITLES[trip.role];
  const held = (person.offices ?? []).some(
    (o) => o.title === title && heldThroughout(o, trip.start, trip.end),
  );
  if (!held && report) {
    context.warn(
      "trip_outside_term",
      "warning",
      `trips of ${person.name} fall outside the term as ${title} the Office of the Historian records (e.g. as ${title.toLowerCase()}-elect); those participants have no capacity`,
      { file: trip.file, line: trip.line, row: trip.id },
      trip.who,
    );
  }
  return held ? title : undefined;
}
