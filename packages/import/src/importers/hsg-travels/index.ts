import type { StatecraftRecord } from "@statecraft/core";
import { defineImporter, type Importer } from "../../define-importer.js";
import type { ImportInput } from "../../input.js";
import type { ImportContext } from "../../internal/context.js";
import { distinctTrips } from "./distinct-trips.js";
import { journeyMeeting, journeys } from "./journeys.js";
import { SOURCE } from "./source.js";
import { travellers } from "./travellers.js";
import { tripMeetings } from "./trip-meetings.js";

/** Reads the distinct trips, queues the travellers, then yields each journey and the visits of its legs. */
async function* importTravels(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const trips = await distinctTrips(inputs, context);
  const us = context.isoState("US", "travels: the traveller's state")!;
  const people = travellers(trips, us, context);
  for (const journey of journeys(trips)) {
    const first = journey.legs[0]!;
    const person = people.get(first.who)!;
    let parent: string | undefined;
    if (journey.legs.length > 1) {
      const meeting = journeyMeeting(journey, person, us, context);
      parent = meeting.id;
      yield meeting;
    }
    for (const leg of journey.legs) yield* tripMeetings(leg, person, us, parent, context);
  }
}

/**
 * Imports the Office of the Historian's travels of the President and the Secretary of State
 * (HistoryAtState/travels XML): each `<trip>` (one country) becomes a `visit` meeting hosted by
 * that state, with one child meeting per city when it names several; legs of one traveller whose
 * dates touch are grouped under a journey meeting; the traveller is a person with the offices
 * (President, Secretary of State) the Office of the Historian records.
 *
 * Trips recorded twice under two ids are merged (the lower id is kept, both are cited); the
 * country crosswalk's gaps and errors are mapped and reported.
 *
 * @example
 * ```ts
 * const run = hsgTravels.import([inputFromText("blinken-antony-j.xml", xml)]);
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const hsgTravels: Importer = defineImporter(
  {
    name: "hsg-travels",
    title: "Office of the Historian: travels of the President and the Secretary of State",
    extensions: [".xml"],
    license: "US government work (public domain in the USA); CC0 1.0 worldwide",
    source: SOURCE,
  },
  importTravels,
);
