import type { Meeting, Office, Person, Source, StatecraftRecord } from "@statecraft/core";
import { HSG_PRESIDENTS, HSG_SECRETARIES } from "../generated/hsg-reference.js";
import { defineImporter, type Importer } from "../importer.js";
import { type ImportContext, stateId } from "../internal/context.js";
import { addDays, dateRange, isIsoDate } from "../internal/dates.js";
import { resolveHsgCountry } from "../internal/hsg-country.js";
import { baseName, squash } from "../internal/text.js";
import { field, xmlRecords } from "../internal/xml.js";

const SOURCE: Source = {
  id: "hsg-travels",
  type: "source",
  kind: "dataset",
  title: "Travels of the President and of the Secretary of State",
  publisher: "U.S. Department of State, Office of the Historian",
  url: "https://history.state.gov/departmenthistory/travels",
  language: "en",
  identifier: "HistoryAtState/travels",
  note: "A work of the United States government (public domain in the USA), with rights waived worldwide under CC0 1.0.",
};

interface Trip {
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

/** Splits `Shanghai, Beijing` into cities; keeps `Mexico, D.F.` and `Halifax (Nova Scotia)` whole. */
export function splitLocale(locale: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of locale) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  const cities: string[] = [];
  for (const part of parts.filter(Boolean)) {
    // An abbreviation such as "D.F." qualifies the place before it.
    if (/^(?:[A-Z]\.)+$/.test(part) && cities.length > 0) cities[cities.length - 1] += `, ${part}`;
    else cities.push(part);
  }
  return cities;
}

function citySlug(city: string): string {
  return city
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function listNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

async function* readTrips(
  inputs: AsyncIterable<import("../input.js").ImportInput>,
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
        continue;
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
        continue;
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
        continue;
      }
      yield {
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

function locatorOf(trip: Trip): string {
  return `${trip.file}, trip ${trip.id}`;
}

async function* importTravels(
  inputs: AsyncIterable<import("../input.js").ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
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
  const trips = [...new Set(byContent.values())].sort(
    (a, b) =>
      a.who.localeCompare(b.who) || a.start.localeCompare(b.start) || Number(a.id) - Number(b.id),
  );
  const us = context.isoState("US", "travels: the traveller's state")!;

  // Travellers: one person per slug, with the offices of the HSG tables.
  const people = new Map<string, Person>();
  for (const trip of trips) {
    let person = people.get(trip.who);
    if (!person) {
      const offices = [
        ...officesOf(trip.who, "president"),
        ...officesOf(trip.who, "secretary"),
      ].filter(
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
      person = {
        id: `hsg-person-${trip.who}`,
        type: "actor",
        kind: "person",
        name: trip.role === "president" && president ? president[2] : trip.name,
        ...(trip.role === "president" && president && president[2] !== trip.name
          ? { alternateNames: [{ name: trip.name, kind: "alias" as const }] }
          : {}),
        nationality: [us],
        ...(offices.length > 0 ? { offices } : {}),
        sources: [{ source: SOURCE.id, locator: trip.file }],
      };
      people.set(trip.who, person);
      context.share(person);
    }
  }

  // Journeys: consecutive legs of one traveller whose dates touch (next start ≤ previous end + 1 day).
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
    const person = people.get(first.who)!;
    const capacityFor = (trip: Trip, report: boolean): string | undefined => {
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
    };
    let parent: string | undefined;
    if (legs.length > 1) {
      parent = `hsg-journey-${first.id}`;
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
      const capacity = capacityFor(first, false);
      const journey: Meeting = {
        id: parent,
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
      yield journey;
    }
    for (const leg of legs) {
      const where = { file: leg.file, line: leg.line, row: leg.id };
      const host = resolveHsgCountry(leg.countrySlug, leg.countryLabel, where, context);
      const capacity = capacityFor(leg, true);
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
