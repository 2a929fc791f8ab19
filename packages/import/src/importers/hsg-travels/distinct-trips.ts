import type { ImportInput } from "../../input.js";
import type { ImportContext } from "../../internal/context.js";
import { locatorOf, readTrips, type Trip } from "./trip.js";

/**
 * Reads every trip, merging one read twice (same id) and two ids that record the same journey
 * (the lower id is kept, citing both); returns the distinct trips by traveller, start and id.
 */
export async function distinctTrips(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): Promise<Trip[]> {
  // Trips are held (a few MB for the whole dataset) to merge duplicates and group journeys.
  const byId = new Map<string, Trip>();
  const byContent = new Map<string, Trip>();
  for await (const trip of readTrips(inputs, context)) {
    const where = { file: trip.file, line: trip.line, row: trip.id };
    const same = byId.get(trip.id);
    if (same) {
      const differs =
        same.who !== trip.who ||
        same.start !== trip.start ||
        same.end !== trip.end ||
        same.countrySlug !== trip.countrySlug;
      if (differs) {
        context.warn(
          "conflicting_trip_id",
          "warning",
          `trip id ${trip.id} appears again with different content (first in ${same.file}); the first is kept`,
          where,
          trip.id,
        );
        context.skipped("conflicting_trip_id");
      } else {
        context.merged("same_trip_in_two_files");
      }
      continue;
    }
    const key = [trip.who, trip.countrySlug, trip.start, trip.end].join("|");
    const twin = byContent.get(key);
    if (twin) {
      const [kept, dropped] = Number(twin.id) <= Number(trip.id) ? [twin, trip] : [trip, twin];
      context.warn(
        "duplicate_trip",
        "warning",
        `trips ${kept.id} and ${dropped.id} record the same journey (${trip.who}, ${trip.countrySlug}, ${trip.start}); merged into ${kept.id}`,
        where,
        key,
      );
      context.merged("duplicate_trip");
      kept.alsoAt.push(locatorOf(dropped), ...dropped.alsoAt);
      byId.set(dropped.id, kept);
      if (kept !== twin) {
        byContent.set(key, kept);
      }
      byId.set(kept.id, kept);
      continue;
    }
    byId.set(trip.id, trip);
    byContent.set(key, trip);
  }
  return [...new Set(byContent.values())].sort(
    (a, b) =>
      a.who.localeCompare(b.who) || a.start.localeCompare(b.start) || Number(a.id) - Number(b.id),
  );
}
