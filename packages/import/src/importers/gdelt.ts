import type { Location, Source, StatecraftRecord } from "@statecraft/core";
import { defineImporter, type Importer } from "../define-importer.js";
import { CAMEO_MEETINGS, isCameoMeetingCode } from "../event-codes.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { resolveFips, stateOf } from "../internal/country-codes.js";
import { csvRows } from "../internal/csv.js";
import { addDays, isIsoDate } from "../internal/dates.js";
import {
  cameoCountryActor,
  type EventActor,
  kindOfCameoType,
  sectorActor,
} from "../internal/event-actor.js";
import { MeetingBuilder, skipInvalidEvent, skipNotAMeeting } from "../internal/event-meeting.js";
import { baseName } from "../internal/text.js";

const SOURCE: Source = {
  id: "gdelt",
  type: "source",
  kind: "dataset",
  title: "GDELT Event Database",
  publisher: "The GDELT Project",
  url: "https://www.gdeltproject.org/",
  language: "en",
  note: "Machine-coded events (CAMEO) from world news, published by the GDELT Project as open data for reuse with attribution; the exact terms were not verified: check gdeltproject.org before redistributing.",
};

/** The columns of a GDELT 1.0 event row (58; 57 without SOURCEURL in the historical back-files). */
const V1 = [
  "globaleventid",
  "sqldate",
  "monthyear",
  "year",
  "fractiondate",
  ...actorColumns("actor1"),
  ...actorColumns("actor2"),
  "isrootevent",
  "eventcode",
  "eventbasecode",
  "eventrootcode",
  "quadclass",
  "goldsteinscale",
  "nummentions",
  "numsources",
  "numarticles",
  "avgtone",
  ...geoColumns("actor1geo", false),
  ...geoColumns("actor2geo", false),
  ...geoColumns("actiongeo", false),
  "dateadded",
  "sourceurl",
] as const;

/** GDELT 2.0 adds an ADM2 code to each geography: 61 columns. */
const V2 = [
  ...V1.slice(0, 35),
  ...geoColumns("actor1geo", true),
  ...geoColumns("actor2geo", true),
  ...geoColumns("actiongeo", true),
  "dateadded",
  "sourceurl",
];

function actorColumns(prefix: string): string[] {
  return [
    "code",
    "name",
    "countrycode",
    "knowngroupcode",
    "ethniccode",
    "religion1code",
    "religion2code",
    "type1code",
    "type2code",
    "type3code",
  ].map((c) => `${prefix}${c}`);
}

function geoColumns(prefix: string, adm2: boolean): string[] {
  return [
    "_type",
    "_fullname",
    "_countrycode",
    "_adm1code",
    ...(adm2 ? ["_adm2code"] : []),
    "_lat",
    "_long",
    "_featureid",
  ].map((c) => `${prefix}${c}`);
}

/** Column names as GDELT's header files spell them, normalised: `SQLDATE` and the older `day` are the same column. */
function normalise(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower === "day" ? "sqldate" : lower;
}

function layoutFor(width: number): readonly string[] | undefined {
  if (width === 58) return V1;
  if (width === 57) return V1.slice(0, 57);
  if (width === 61) return V2;
  return undefined;
}

/** GDELT's upper-case names in title case (`ARAB LEAGUE` → `Arab League`); a short single word stays an acronym (`NATO`). */
function titleCase(text: string): string {
  if (/^\p{Lu}{2,5}$/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase());
}

/** `20160728` (or `20160728093000`) as an ISO date. */
function gdeltDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(value ?? "");
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * A GDELT actor: a known group (`NAT`, `UNO`) is an organisation `cameo-group-<code>`; a country
 * with no type is the state; a country with a type (`USA` + `GOV`) is that sector; an actor with
 * types but no country (`GOV` "PRESIDENT") cannot be identified.
 */
function gdeltActor(
  get: (column: string) => string | undefined,
  prefix: "actor1" | "actor2",
  context: ImportContext,
  where: RowRef,
  locator: string,
): EventActor | undefined {
  const name = get(`${prefix}name`);
  const country = get(`${prefix}countrycode`);
  const group = get(`${prefix}knowngroupcode`);
  const type = get(`${prefix}type1code`);
  if (!get(`${prefix}code`) && !name) return undefined;
  if (group) {
    const id = `cameo-group-${group.toLowerCase()}`;
    const label = name ? titleCase(name) : group;
    if (!context.has(id)) {
      context.share({
        id,
        type: "actor",
        kind: "organization",
        name: label,
        organizationKind: kindOfCameoType(type ?? get(`${prefix}type2code`)),
        note: `An event-data actor: CAMEO known group ${group}.`,
        sources: [{ source: SOURCE.id, locator }],
      });
    }
    return { id, name: label };
  }
  if (!country) {
    context.warn(
      "actor_without_country",
      "info",
      "actors coded only by type (GOV, MED... with a name such as PRESIDENT) and no country cannot be identified; left out",
      where,
      "actor_without_country",
    );
    return undefined;
  }
  const resolved = cameoCountryActor(country, context, where, locator);
  if (!resolved) return undefined;
  const text = name && name.toLowerCase() !== resolved.actor.name.toLowerCase() ? name : undefined;
  if (type) {
    const actor = sectorActor(
      resolved.alpha3,
      resolved.actor.id,
      type,
      context,
      SOURCE.id,
      locator,
    );
    return { ...actor, text };
  }
  return { ...resolved.actor, text };
}

function actionLocation(
  get: (column: string) => string | undefined,
  context: ImportContext,
  where: RowRef,
  locator: string,
): Location | undefined {
  const type = get("actiongeo_type");
  const fips = get("actiongeo_countrycode");
  const parts = (get("actiongeo_fullname") ?? "").split(",").map((p) => p.trim());
  let state: string | undefined;
  if (fips) {
    // Geographic columns use FIPS 10-4 country codes (`CH` is China), not ISO.
    state = stateOf(resolveFips(fips), context, locator);
    if (!state) {
      context.warn(
        "unknown_fips_code",
        "warning",
        `location country code "${fips}" is not a FIPS 10-4 code the importer knows; the location has no state`,
        where,
        fips,
      );
    }
  }
  // Geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
  const city = (type === "3" || type === "4") && parts.length >= 2 ? parts[0] : undefined;
  const region =
    (type === "3" || type === "4") && parts.length >= 3
      ? parts[1]
      : (type === "2" || type === "5") && parts.length >= 2
        ? parts[0]
        : undefined;
  if (!city && !region && !state) return undefined;
  return {
    ...(city ? { city } : {}),
    // "Nigeria (general)" and back-file placeholders such as "(PL67)" name no region.
    ...(region && !/\(general\)$|^\(.*\)$/.test(region) ? { region } : {}),
    ...(state ? { state } : {}),
  };
}

/** Whether a row is a header row: its first column is `GLOBALEVENTID`. */
function isHeader(fields: readonly string[]): boolean {
  return normalise(fields[0] ?? "") === "globaleventid";
}

async function* importGdelt(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const builder = new MeetingBuilder(context, "gdelt", { sameDay: true });
  const seen = new Set<string>();
  for await (const input of inputs) {
    const file = baseName(input.name);
    let named: readonly string[] | undefined;
    let first = true;
    // A header-only file is reported by csvRows (`empty_input`).
    for await (const row of csvRows(input, context, {
      delimiter: "\t",
      quoted: false,
      header: isHeader,
    })) {
      const fields = row.fields;
      if (first) {
        first = false;
        if (isHeader(fields)) {
          named = fields.map(normalise);
          continue;
        }
        if (fields.length < 20) {
          context.warn(
            "not_a_gdelt_events_file",
            "info",
            `the first row has ${fields.length} tab-separated field(s): not a GDELT event file (a mentions file or column documentation?); file skipped`,
            { file, line: row.line },
            file,
          );
          break;
        }
      }
      context.read();
      const columns = named ?? layoutFor(fields.length);
      const id = fields[0]?.trim();
      const where: RowRef = { file, line: row.line, row: id };
      if (!columns || (named && fields.length !== named.length)) {
        context.warn(
          "unexpected_column_count",
          "warning",
          `the row has ${fields.length} fields: not a GDELT 1.0 (57 or 58) or 2.0 (61) event row${named ? ` nor the header's ${named.length}` : ""}; skipped`,
          where,
          String(fields.length),
        );
        context.skipped("unexpected_column_count");
        continue;
      }
      if (!named && fields.length === 57) {
        context.warn(
          "historical_row_format",
          "info",
          "rows of 57 fields are GDELT's historical back-file format (no SOURCEURL); read as such",
          where,
          file,
        );
      }
      const index = new Map(columns.map((c, i) => [c, i]));
      const get = (column: string): string | undefined => {
        const i = index.get(column);
        const value = i === undefined ? undefined : fields[i]?.trim();
        return value ? value : undefined;
      };
      const code = get("eventcode");
      if (!id || !code || !/^\d{2,4}$/.test(code)) {
        skipInvalidEvent(context, where, "event code", code);
        continue;
      }
      if (!isCameoMeetingCode(code)) {
        skipNotAMeeting(context, where, code);
        continue;
      }
      const date = gdeltDate(get("sqldate"));
      if (!date) {
        context.warn(
          "invalid_date",
          "warning",
          `SQLDATE "${get("sqldate") ?? ""}" is not a date; skipped`,
          where,
          id,
        );
        context.skipped("invalid_date");
        continue;
      }
      if (seen.has(id)) {
        context.warn(
          "duplicate_event",
          "warning",
          `event ${id} appears twice; the second is skipped`,
          where,
          id,
        );
        context.skipped("duplicate_event");
        continue;
      }
      seen.add(id);
      const added = gdeltDate(get("dateadded"));
      if (added && addDays(date, 365) < added) {
        context.warn(
          "event_long_before_added",
          "info",
          "events dated more than a year before GDELT added them (an article mentioning a past event); the event date is kept",
          where,
          file,
        );
      }
      const locator = `${file}, event ${id}`;
      const actor1 = gdeltActor(get, "actor1", context, where, locator);
      const actor2 = gdeltActor(get, "actor2", context, where, locator);
      const url = get("sourceurl");
      const mentions = get("nummentions");
      builder.add({
        eventId: id,
        code,
        date,
        source: actor1 ? [actor1] : [],
        target: actor2 ? [actor2] : [],
        location: actionLocation(get, context, where, locator),
        where,
        citation: {
          source: SOURCE.id,
          locator,
          note: `CAMEO ${code} (${CAMEO_MEETINGS[code].label})${mentions ? `; ${mentions} mention${mentions === "1" ? "" : "s"}` : ""}${added ? `; added ${added}` : ""}${url ? `; article ${url}` : ""}.`,
        },
      });
    }
  }
  yield* builder.meetings();
}

/**
 * Imports GDELT event rows (1.0 daily files of 58 columns, the 57-column historical back-files,
 * 2.0 files of 61 columns, or any of them with a header row): events with CAMEO codes 036 and
 * 040–046 become meetings between the coded actors (states by their CAMEO country code, a
 * state's sector such as `USAGOV` as an organisation, known groups such as NATO), placed at the
 * event's action location (FIPS country codes read as ISO). Other events are skipped and
 * counted by PLOVER type; reports of the same actors meeting the same way on the same day are
 * one meeting citing every event.
 *
 * GDELT's actor names (`HILLARY CLINTON`, `PENNSYLVANIA`) are too loosely coded to name persons:
 * they are kept as quotes in the participants' citations.
 *
 * @example
 * ```ts
 * const { records, report } = await collect(gdelt.import(await readInputs(["20160728.export.CSV"], [".csv"])));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const gdelt: Importer = defineImporter(
  {
    name: "gdelt",
    title: "GDELT event data: consultations as meetings",
    extensions: [".csv", ".tsv", ".txt"],
    license: "GDELT open data, reuse with attribution (terms not verified)",
    source: SOURCE,
  },
  importGdelt,
);
