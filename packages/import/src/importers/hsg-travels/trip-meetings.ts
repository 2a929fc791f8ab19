import type { Meeting, Person } from "@statecraft/core";
import type { ImportContext } from "../../internal/context.js";
import { dateRange } from "../../internal/dates.js";
import { resolveHsgCountry } from "../../internal/hsg-country.js";
import { citySlug, splitLocale } from "./locale.js";
import { SOURCE } from "./source.js";
import { capacityOf } from "./travellers.js";
import { locatorOf, type Trip } from "./trip.js";

/**
 * The meetings of one trip: a visit hosted by its country (under its journey, if any), and one
 * child visit per city when its locale names several.
 */
export function* tripMeetings(
  leg: Trip,
  person: Person,
  us: string,
  parent: string | undefined,
  context: ImportContext,
): Generator<Meeting> {
  const where = { file: leg.file, line: leg.line, row: leg.id };
  const host = resolveHsgCountry(leg.countrySlug, leg.countryLabel, where, context);
  const capacity = capacityOf(person, leg, true, context);
  const cities = splitLocale(leg.locale);
  const participants: Meeting["participants"] = [
    {
      actor: person.id,
      role: "visitor",
      ...(capacity ? { capacity } : {}),
      representing: us,
      attendance: "attended",
    },
    { actor: host, role: "host", attendance: "attended" },
  ];
  const sources = [leg, ...leg.alsoAt].map((at) => ({
    source: SOURCE.id,
    locator: typeof at === "string" ? at : locatorOf(at),
  }));
  const id = `hsg-trip-${leg.id}`;
  const place = context.stateName(host) ?? leg.countryLabel;
  yield {
    id,
    type: "meeting",
    kind: "visit",
    status: "held",
    title: `${leg.name}'s visit to ${place}`,
    ...(leg.remarks ? { description: leg.remarks } : {}),
    date: dateRange(leg.start, leg.end),
    location: cities.length === 1 ? { city: cities[0]!, state: host } : { state: host },
    participants,
    ...(parent ? { parent } : {}),
    sources,
  } satisfies Meeting;
  context.imported();
  if (cities.length > 1) {
    const used = new Set<string>();
    for (const city of cities) {
      let childId = `${id}-${citySlug(city) || "place"}`;
      while (used.has(childId)) childId += "-2";
      used.add(childId);
      yield {
        id: childId,
        type: "meeting",
        kind: "visit",
        status: "held",
        title: `${leg.name} in ${city}`,
        date: dateRange(leg.start, leg.end),
        location: { city, state: host },
        participants: participants.map((participant) => ({ ...participant })),
        parent: id,
        sources: [{ source: SOURCE.id, locator: `${locatorOf(leg)}, locale "${leg.locale}"` }],
      } satisfies Meeting;
    }
  }
}
