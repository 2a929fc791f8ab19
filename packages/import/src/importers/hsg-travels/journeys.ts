import type { Meeting, Person } from "@statecraft/core";
import type { ImportContext } from "../../internal/context.js";
import { addDays, dateRange } from "../../internal/dates.js";
import { resolveHsgCountry } from "../../internal/hsg-country.js";
import { SOURCE } from "./source.js";
import { capacityOf } from "./travellers.js";
import type { Trip } from "./trip.js";

/** A journey: consecutive legs of one traveller whose dates touch, and the date its last leg ends. */
export interface Journey {
  readonly legs: Trip[];
  readonly end: string;
}

function listNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Groups sorted trips into journeys: a leg joins when its start is at most a day after the journey's end. */
export function* journeys(trips: readonly Trip[]): Generator<Journey> {
  let index = 0;
  while (index < trips.length) {
    const first = trips[index]!;
    const legs = [first];
    let end = first.end;
    while (index + legs.length < trips.length) {
      const next = trips[index + legs.length]!;
      if (next.who !== first.who || next.start > addDays(end, 1)) break;
      legs.push(next);
      if (next.end > end) end = next.end;
    }
    index += legs.length;
    yield { legs, end };
  }
}

/** The meeting of a journey of several legs, parent of the legs' visits. */
export function journeyMeeting(
  { legs, end }: Journey,
  person: Person,
  us: string,
  context: ImportContext,
): Meeting {
  const first = legs[0]!;
  const places: string[] = [];
  for (const leg of legs) {
    const host = resolveHsgCountry(
      leg.countrySlug,
      leg.countryLabel,
      { file: leg.file, line: leg.line, row: leg.id },
      context,
    );
    const label = context.stateName(host) ?? leg.countryLabel;
    if (!places.includes(label)) places.push(label);
  }
  const capacity = capacityOf(person, first, false, context);
  return {
    id: `hsg-journey-${first.id}`,
    type: "meeting",
    kind: "visit",
    status: "held",
    title: `${person.name}'s trip to ${listNames(places)}`,
    date: dateRange(first.start, end),
    participants: [
      {
        actor: person.id,
        role: "visitor",
        ...(capacity ? { capacity } : {}),
        representing: us,
        attendance: "attended",
      },
    ],
    sources: [
      {
        source: SOURCE.id,
        locator: `${first.file}, trips ${legs.map((l) => l.id).join(", ")}`,
      },
    ],
    note: "Grouped by Statecraft: the Office of the Historian records one trip per country; legs of one traveller whose dates touch form one journey.",
  };
}
