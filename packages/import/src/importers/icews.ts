import type {
  Location,
  OfficeRole,
  OrganizationKind,
  Source,
  StatecraftRecord,
} from "@statecraft/core";
import { defineImporter, type Importer } from "../define-importer.js";
import { isCameoMeetingCode } from "../event-codes.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { resolveCountryName } from "../internal/country-codes.js";
import { csvRows, headerIndex } from "../internal/csv.js";
import { isIsoDate } from "../internal/dates.js";
import { type EventActor, stateActor } from "../internal/event-actor.js";
import { MeetingBuilder, skipInvalidEvent, skipNotAMeeting } from "../internal/event-meeting.js";
import { baseName, slug } from "../internal/text.js";

const SOURCE: Source = {
  id: "icews",
  type: "source",
  kind: "dataset",
  title: "ICEWS Coded Event Data",
  authors: [
    "Elizabeth Boschee",
    "Jennifer Lautenschlager",
    "Sean O'Brien",
    "Steve Shellman",
    "James Starz",
    "Michael Ward",
  ],
  publisher: "Harvard Dataverse (producer: Leidos)",
  url: "https://doi.org/10.7910/DVN/28075",
  language: "en",
  identifier: "doi:10.7910/DVN/28075",
  note: "Integrated Crisis Early Warning System events, machine-coded (BBN ACCENT, CAMEO). Dataverse terms of use not verified: check them before redistributing.",
};

const COLUMNS = [
  "event id",
  "event date",
  "source name",
  "source sectors",
  "source country",
  "event text",
  "cameo code",
  "target name",
  "target sectors",
  "target country",
  "story id",
  "sentence number",
  "publisher",
  "city",
  "district",
  "province",
  "country",
] as const;

type Column = (typeof COLUMNS)[number];

/** ICEWS generic actors named after an office ("Head of Government (Togo)"): a person known only by office. */
const OFFICES: Readonly<Record<string, OfficeRole>> = {
  "Head of Government": "head_of_government",
  "Head of State": "head_of_state",
  President: "head_of_state",
  "Prime Minister": "head_of_government",
  "Foreign Minister": "foreign_minister",
  "Defense Minister": "defense_minister",
  Minister: "minister",
  Ambassador: "ambassador",
  Envoy: "envoy",
  Governor: "official",
};

/** Words that make a name an organisation's or a place's, never a person's. */
const NOT_A_PERSON =
  /\b(?:Union|Nations|Council|Committee|Commission|Party|Front|Movement|Army|Forces|Police|Ministry|Government|Parliament|Assembly|Congress|Senate|Court|Bank|Agency|Organi[sz]ation|League|Association|Group|News|Times|Post|Press|Company|Corporation|Inc|Ltd|University|Church|Cross|Crescent|Security|Federation|Republic|Kingdom|States|Asia|Africa|Europe|America|Islands|Coast|Gulf|Sea|Middle East)\b/;
const NAME_PARTICLES = new Set([
  "al",
  "bin",
  "bint",
  "da",
  "de",
  "del",
  "der",
  "di",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "van",
  "von",
  "y",
]);

/** Whether an ICEWS name is shaped like a person's: two to five capitalised words (particles allowed), no organisation words. */
export function looksLikePersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d/.test(name) || NOT_A_PERSON.test(name))
    return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w));
}

/** The organisation kind ICEWS sectors point to, most specific first. */
export function kindFromSectors(sectors: string): OrganizationKind {
  const rules: [RegExp, OrganizationKind][] = [
    [/International Government Organization|Diplomatic IGO/i, "intergovernmental"],
    [/Nongovernmental Organization/i, "ngo"],
    [/Insurgent|Rebel|Separatist|Militant/i, "armed_group"],
    [/Legislative|Parliament|Upper House|Lower House|Unicameral/i, "legislature"],
    [/Military|Army|Navy|Air Force|Marines/i, "military"],
    [/Ministry/i, "ministry"],
    [/Police|Judicial|Intelligence/i, "government_body"],
    [/Parties|Party/i, "political_party"],
    [/Media|News/i, "media"],
    [/Business/i, "company"],
    [/Government|Executive|Cabinet/i, "government"],
  ];
  return rules.find(([pattern]) => pattern.test(sectors))?.[1] ?? "other";
}

/**
 * Resolves an ICEWS actor (name, sectors, country) to a Statecraft actor:
 * - a country-level actor (no sectors, a country's name: `China`, `Russia`) is the state;
 * - a generic actor `Sector (Country)` is a person known only by office when the sector is an
 *   office (`Head of Government (Togo)`), else an organisation (`Foreign Affairs (Russia)`);
 * - a person-shaped name (`Wilbur Ross`) is a person of the actor's country;
 * - a place without sectors (`Sicily`) stands for its country; a region (`Southeast Asia`) is
 *   left out;
 * - any other name (`European Union`, `Houthis`) is an organisation, its kind from the sectors.
 */
function icewsActor(
  name: string | undefined,
  sectors: string | undefined,
  country: string | undefined,
  context: ImportContext,
  where: RowRef,
  locator: string,
): EventActor | undefined {
  if (!name) return undefined;
  const countryResolution = country ? resolveCountryName(country) : undefined;
  if (country && countryResolution?.kind === "unknown") {
    context.warn(
      "unknown_country_name",
      "warning",
      `country "${country}" is not a country name the importer knows; the actor has no state`,
      where,
      country,
    );
  }
  const home = countryResolution ? stateActor(countryResolution, context, locator) : undefined;
  const named = resolveCountryName(name);
  if (!sectors && named.kind !== "unknown") return stateActor(named, context, locator);
  const generic = /^(.+?) \(([^()]+)\)$/.exec(name);
  if (generic) {
    const title = generic[1]!;
    const officeRole = OFFICES[title];
    const scope = home?.id.replace(/^state-/, "") ?? slug(generic[2]!);
    if (officeRole) {
      const id = `icews-office-${scope}-${slug(title)}`;
      if (!context.has(id)) {
        context.share({
          id,
          type: "actor",
          kind: "person",
          label: name,
          offices: [{ title, role: officeRole, ...(home ? { state: home.id } : {}) }],
          note: "An ICEWS generic actor: whoever holds the office, not a named person.",
          sources: [{ source: SOURCE.id, locator }],
        });
      }
      return { id, name, representing: home?.id };
    }
    return organization(name, sectors, home, context, locator);
  }
  if (!sectors && !looksLikePersonName(name)) {
    if (home) {
      context.warn(
        "place_actor_as_state",
        "info",
        `actor "${name}" has no sectors and is not a person or country name: read as a place standing for its country, ${home.name}`,
        where,
        name,
      );
      return { ...home, text: name };
    }
    context.warn(
      "unidentified_actor",
      "info",
      `actor "${name}" has no sectors and no country (a region or a place); left out`,
      where,
      name,
    );
    return undefined;
  }
  if (looksLikePersonName(name)) {
    const id = `icews-person-${home?.id.replace(/^state-/, "") ?? "xx"}-${slug(name)}`;
    if (!context.has(id)) {
      context.share({
        id,
        type: "actor",
        kind: "person",
        name,
        ...(home ? { nationality: [home.id] } : {}),
        ...(sectors ? { note: `ICEWS sectors: ${sectors.split(",").join(", ")}.` } : {}),
        sources: [{ source: SOURCE.id, locator }],
      });
    }
    return { id, name, representing: home?.id };
  }
  return organization(name, sectors, home, context, locator);
}

function organization(
  name: string,
  sectors: string | undefined,
  home: EventActor | undefined,
  context: ImportContext,
  locator: string,
): EventActor {
  const id = `icews-org-${slug(name)}`;
  if (!context.has(id)) {
    context.share({
      id,
      type: "actor",
      kind: "organization",
      name,
      organizationKind: kindFromSectors(sectors ?? ""),
      ...(home ? { jurisdiction: home.id } : {}),
      ...(sectors ? { note: `ICEWS sectors: ${sectors.split(",").join(", ")}.` } : {}),
      sources: [{ source: SOURCE.id, locator }],
    });
  }
  return { id, name };
}

async function* importIcews(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const builder = new MeetingBuilder(context, "icews", { sameDay: true });
  const seen = new Set<string>();
  for await (const input of inputs) {
    const file = baseName(input.name);
    let header: ReadonlyMap<string, number> | undefined;
    let width = 0;
    for await (const row of csvRows(input, context, {
      delimiter: "\t",
      quoted: false,
      header: true,
    })) {
      if (!header) {
        const index = headerIndex(row.fields);
        const missing = COLUMNS.filter((c) => !index.has(c));
        if (missing.length > 0) {
          context.warn(
            "not_an_icews_file",
            "warning",
            `the header lacks ICEWS columns (${missing.join(", ")}); file skipped`,
            { file, line: row.line },
            file,
          );
          break;
        }
        header = index;
        width = row.fields.length;
        continue;
      }
      context.read();
      const id = row.fields[header.get("event id")!]?.trim();
      const where: RowRef = { file, line: row.line, row: id };
      if (row.fields.length !== width) {
        context.warn(
          "unexpected_column_count",
          "warning",
          `the row has ${row.fields.length} fields where the header has ${width}; skipped`,
          where,
        );
        context.skipped("unexpected_column_count");
        continue;
      }
      // ICEWS files come from R: a missing value is the text `NA`.
      const get = (column: Column): string | undefined => {
        const value = row.fields[header!.get(column)!]?.trim();
        return value && value !== "NA" ? value : undefined;
      };
      const code = get("cameo code");
      const date = get("event date");
      if (!id || !code || !/^\d{2,4}$/.test(code)) {
        skipInvalidEvent(context, where, "CAMEO code", code);
        continue;
      }
      if (!isCameoMeetingCode(code)) {
        skipNotAMeeting(context, where, code);
        continue;
      }
      if (!date || !isIsoDate(date)) {
        context.warn("invalid_date", "warning", `event date "${date ?? ""}"; skipped`, where, id);
        context.skipped("invalid_date");
        continue;
      }
      // Event ids are unique only together with the date.
      const key = `${id}|${date}`;
      if (seen.has(key)) {
        context.warn(
          "duplicate_event",
          "warning",
          `event ${id} of ${date} appears twice; the second is skipped`,
          where,
          key,
        );
        context.skipped("duplicate_event");
        continue;
      }
      seen.add(key);
      const locator = `${file}, event ${id}`;
      const actor = (side: "source" | "target") =>
        icewsActor(
          get(`${side} name`),
          get(`${side} sectors`),
          get(`${side} country`),
          context,
          where,
          locator,
        );
      const source = actor("source");
      const target = actor("target");
      const placeCountry = get("country");
      const placeResolution = placeCountry ? resolveCountryName(placeCountry) : undefined;
      const state = placeResolution ? stateActor(placeResolution, context, locator)?.id : undefined;
      const [city, region] = [get("city"), get("province")];
      const location: Location | undefined =
        city || region || state
          ? {
              ...(city ? { city } : {}),
              ...(region ? { region } : {}),
              ...(state ? { state } : {}),
            }
          : undefined;
      const story = get("story id");
      const sentence = get("sentence number");
      const publisher = get("publisher");
      builder.add({
        // Event ids are unique only together with the date.
        eventId: `${date}-${id}`,
        code,
        date,
        source: source ? [source] : [],
        target: target ? [target] : [],
        location,
        where,
        sentence: story && sentence ? `${story}|${sentence}` : undefined,
        citation: {
          source: SOURCE.id,
          locator,
          note: `CAMEO ${code} (${get("event text") ?? "no event text"})${publisher ? `; ${publisher}` : ""}${story ? `, story ${story}` : ""}${sentence ? `, sentence ${sentence}` : ""}.`,
        },
      });
    }
  }
  yield* builder.meetings();
}

/**
 * Imports ICEWS coded event data (the Dataverse `.tab` files: tab-separated, header row, `NA`
 * for missing values): events with CAMEO codes 036 and 040–046 become meetings, with the
 * source and target actors as participants (states, persons, persons known only by office,
 * organisations) and the event's city, province and country as location. Other events are
 * skipped and counted by PLOVER type.
 *
 * The two directed events ICEWS codes from one sentence (A visits B, B hosts A) become one
 * meeting, and so do further reports of the same actors meeting the same way on the same day;
 * every report is cited.
 *
 * @example
 * ```ts
 * const { records, report } = await collect(icews.import(await readInputs(["events.2018.tab"], [".tab"])));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const icews: Importer = defineImporter(
  {
    name: "icews",
    title: "ICEWS coded event data: consultations as meetings",
    extensions: [".tab", ".tsv"],
    license: "Harvard Dataverse terms (not verified); cite doi:10.7910/DVN/28075",
    source: SOURCE,
  },
  importIcews,
);
