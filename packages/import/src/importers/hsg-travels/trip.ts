import type { ImportInput } from "../../input.js";
import type { ImportContext } from "../../internal/context.js";
import { isIsoDate } from "../../internal/dates.js";
import { baseName, squash } from "../../internal/text.js";
import { field, type XmlRecord, xmlRecords } from "../../internal/xml.js";

/** One `<trip>` of the travels: a traveller's visit to one country. */
export interface Trip {
  readonly id: string;
  readonly who: string;
  readonly role: "president" | "secretary";
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly countrySlug: string;
  readonly countryLabel: string;
  readonly locale: string;
  readonly remarks: string;
  readonly file: string;
  readonly line: number;
  /** Locators of rows merged into this one. */
  readonly alsoAt: string[];
}

/** The locator of a trip: its file and id. */
export function locatorOf(trip: Trip): string {
  return `${trip.file}, trip ${trip.id}`;
}

/** Reads one `<trip>` element; `undefined` (skipped, reported) without id, traveller, role, valid dates or country. */
function tripOf(r: XmlRecord, file: string, context: ImportContext): Trip | undefined {
  const id = field(r, "id");
  const where = { file, line: r.line, row: id };
  const who = r.attributes.who ?? "";
  const role = (r.attributes.role ?? field(r, "role")) as Trip["role"];
  const start = field(r, "start-date") ?? "";
  const end = field(r, "end-date") ?? start;
  const countrySlug = r.fieldAttributes.get("country")?.id ?? "";
  if (id === undefined || !who || (role !== "president" && role !== "secretary")) {
    context.warn(
      "incomplete_trip",
      "warning",
      "trip without id, traveller or a known role; skipped",
      where,
    );
    context.skipped("incomplete_trip");
    return undefined;
  }
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) {
    context.warn(
      "invalid_trip_dates",
      "warning",
      `trip ${id} has dates "${start}" to "${end}"; skipped`,
      where,
      id,
    );
    context.skipped("invalid_trip_dates");
    return undefined;
  }
  if (!countrySlug) {
    context.warn(
      "trip_without_country",
      "warning",
      `trip ${id} names no country; skipped`,
      where,
      id,
    );
    context.skipped("trip_without_country");
    return undefined;
  }
  return {
    id,
    who,
    role,
    name: squash(field(r, "name")) || who,
    start,
    end,
    countrySlug,
    countryLabel: squash(field(r, "country")),
    locale: squash(field(r, "locale")),
    remarks: squash(field(r, "remarks")),
    file,
    line: r.line,
    alsoAt: [],
  };
}

/** Reads the trips of every travels file, counting each; a file that is not a travels file is reported. */
export async function* readTrips(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<Trip> {
  for await (const input of inputs) {
    const file = baseName(input.name);
    let documentChecked = false;
    for await (const r of xmlRecords(input, "trip", context)) {
      if (!documentChecked && r.root !== "trips") {
        context.warn(
          "not_a_travels_file",
          "warning",
          `root element <${r.root}> is not <trips>; file ignored`,
          { file },
        );
        documentChecked = true;
        break;
      }
      documentChecked = true;
      context.read();
      const trip = tripOf(r, file, context);
      if (trip) yield trip;
    }
    if (!documentChecked) {
      context.warn(
        "no_trips_in_file",
        "info",
        "the file holds no <trip> elements; ignored",
        { file },
        file,
      );
    }
  }
}
