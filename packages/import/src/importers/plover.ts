import type { Location, MeetingKind, Source, StatecraftRecord } from "@statecraft/core";
import { defineImporter, type Importer } from "../define-importer.js";
import type { CameoMeetingCode } from "../event-codes.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { resolveCountryName, stateOf } from "../internal/country-codes.js";
import { isIsoDate } from "../internal/dates.js";
import {
  cameoCountryActor,
  type EventActor,
  kindOfCameoType,
  namedOrganization,
  sectorActor,
} from "../internal/event-actor.js";
import { MeetingBuilder, skipNotAMeeting } from "../internal/event-meeting.js";
import { asArray, asObject, asText, readJson } from "../internal/json.js";

const SOURCE: Source = {
  id: "plover",
  type: "source",
  kind: "dataset",
  title: "PLOVER event records (gold-standard records, PLOVER_GSR_CAMEO)",
  publisher: "Open Event Data Alliance",
  url: "https://github.com/openeventdata/PLOVER",
  language: "en",
  identifier: "openeventdata/PLOVER gold_standard_records/PLOVER_GSR_CAMEO.txt",
  note: "Example sentences of the CAMEO 1.1b3 manual coded in PLOVER 0.5b1. Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0), © 2016 Open Event Data Alliance; records derived from it are shared alike.",
};

/** PLOVER CONSULT modes (the 2021 table's `visit`, `phone`, `third-party`; the 0.5b1 records' `host`, `multilateral`) and the CAMEO code each reads as. */
const CONSULT_MODES: Readonly<Record<string, [CameoMeetingCode, MeetingKind?]>> = {
  "": ["040"],
  visit: ["042"],
  host: ["043"],
  phone: ["041"],
  "third-party": ["044"],
  multilateral: ["040", "multilateral"],
};

/** Trigger words that make an AGREE event an agreement or intent to meet (CAMEO 036). */
const MEETING_WORDS = /\b(?:meet\w*|visit\w*|negotiat\w*|talks|summit\w*|host\w*)\b/i;

/** PLOVER 0.5 event types that the 2021 CAMEO → PLOVER table no longer has. */
const PLOVER_05_ONLY = new Set(["DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"]);

/** PLOVER's placeholder date in records whose real date is unknown (every gold-standard record). */
const PLACEHOLDER_DATE = "2000-01-01";

interface PloverActorEntry {
  readonly text?: string | undefined;
  readonly code?: string | undefined;
  readonly sector?: string | undefined;
}

function actorEntries(value: unknown): PloverActorEntry[] {
  return asArray(value).flatMap((item) => {
    const entry = asObject(item);
    return entry
      ? [{ text: asText(entry.actorText), code: asText(entry.code), sector: asText(entry.sector) }]
      : [];
  });
}

function resolveActor(
  entry: PloverActorEntry,
  context: ImportContext,
  where: RowRef,
  locator: string,
): EventActor | undefined {
  const code = entry.code?.toUpperCase();
  if (!code) {
    context.warn("actor_without_code", "warning", "an actor has no code; left out", where);
    return undefined;
  }
  if (code === "IGO" || code === "NGO" || code === "IMG") {
    if (!entry.text) return undefined;
    return namedOrganization(
      "plover-org",
      entry.text,
      kindOfCameoType(code),
      context,
      SOURCE.id,
      locator,
      { note: `Named in a PLOVER record with actor code ${code}.` },
    );
  }
  const country = cameoCountryActor(code, context, where, locator);
  if (!country) return undefined;
  // A sector code may carry more (`REFKUR`, `CVLalb`, `GOVMOS`): its first three letters are the type.
  const sector = entry.sector?.slice(0, 3).toUpperCase();
  const text = entry.text && entry.text !== country.actor.name ? entry.text : undefined;
  if (sector && /^[A-Z]{3}$/.test(sector)) {
    const actor = sectorActor(
      country.alpha3,
      country.actor.id,
      sector,
      context,
      SOURCE.id,
      locator,
    );
    return { ...actor, text };
  }
  return { ...country.actor, text };
}

function locationOf(
  value: unknown,
  context: ImportContext,
  where: RowRef,
  locator: string,
): Location | undefined {
  const loc = asObject(value);
  if (!loc) return undefined;
  const name = asText(loc.name);
  // `country code` is ISO 3166-1 alpha-2, so `NA` is Namibia, not a missing value.
  const code = asText(loc["country code"])?.toUpperCase();
  let state: string | undefined;
  if (code) {
    state = context.isoState(code, locator);
    if (!state) {
      context.warn(
        "unknown_country_code",
        "warning",
        `event location country code "${code}" is not an ISO 3166-1 code; left out`,
        where,
        code,
      );
    }
  }
  const named = name ? resolveCountryName(name) : undefined;
  if (named && named.kind !== "unknown") {
    state ??= stateOf(named, context, locator);
    return state ? { state } : undefined;
  }
  if (!name && !state) return undefined;
  return { ...(name ? { city: name } : {}), ...(state ? { state } : {}) };
}

async function* importPlover(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const builder = new MeetingBuilder(context, "plover", { sameDay: false });
  const seen = new Set<string>();
  for await (const input of inputs) {
    const doc = await readJson(input, context);
    if (!doc) continue;
    const { file } = doc;
    if (!Array.isArray(doc.value)) {
      context.warn(
        "not_a_plover_file",
        "warning",
        "the file is not a JSON array of PLOVER records; file skipped",
        { file },
        file,
      );
      continue;
    }
    for (const item of doc.value) {
      context.read();
      const r = asObject(item);
      const id = asText(r?.id);
      // The line is looked up only when a warning is first reported.
      const where: RowRef = {
        file,
        row: id,
        get line() {
          return id ? doc.lineOf("id", id) : undefined;
        },
      };
      if (!r || !id) {
        context.warn("record_without_id", "warning", "a record has no id; skipped", where);
        context.skipped("record_without_id");
        continue;
      }
      const event = asText(r.event)?.toUpperCase();
      if (event === "DOCUMENT") {
        context.warn(
          "document_record",
          "info",
          "a DOCUMENT record documents the file (licence, version); it is not an event",
          where,
          file,
        );
        context.skipped("document_record");
        continue;
      }
      if (seen.has(id)) {
        context.warn(
          "duplicate_event_id",
          "warning",
          `record id ${id} is used twice; the second record is skipped`,
          where,
          id,
        );
        context.skipped("duplicate_event_id");
        continue;
      }
      seen.add(id);
      // `target` is a list, an empty string or absent; once it holds the context ("diplomatic").
      if (typeof r.target === "string" && r.target.trim() !== "") {
        context.warn(
          "target_not_a_list",
          "warning",
          `target is the text "${r.target}", not a list of actors; read as no target`,
          where,
          id,
        );
      }
      const mode = asText(r.mode)?.toLowerCase() ?? "";
      const eventText = asText(r.eventText) ?? "";
      let code: CameoMeetingCode;
      let kind: MeetingKind | undefined;
      if (event === "CONSULT") {
        const known = CONSULT_MODES[mode];
        if (!known) {
          context.warn(
            "unknown_mode",
            "warning",
            `CONSULT mode "${mode}" is not a PLOVER mode; read as a consultation without mode`,
            where,
            mode,
          );
        }
        [code, kind] = known ?? ["040"];
      } else if (event === "AGREE" && MEETING_WORDS.test(eventText)) {
        code = "036";
      } else {
        skipNotAMeeting(context, where, undefined, event ?? "(no event)");
        if (event && PLOVER_05_ONLY.has(event)) {
          context.warn(
            "plover_05_event_type",
            "info",
            `${event} is a PLOVER 0.5 event type the 2021 CAMEO → PLOVER table no longer has (it is not a meeting either way)`,
            where,
            event,
          );
        }
        continue;
      }
      const locator = `${file}, record ${id}`;
      const rawDate = asText(r.date);
      let date: string | undefined;
      if (rawDate === PLACEHOLDER_DATE) {
        context.warn(
          "placeholder_date",
          "info",
          `the date ${PLACEHOLDER_DATE} is PLOVER's placeholder for an unknown date; the meeting is imported without a date`,
          where,
          file,
        );
      } else if (rawDate && isIsoDate(rawDate.slice(0, 10))) {
        date = rawDate.slice(0, 10);
      } else if (rawDate) {
        context.warn(
          "invalid_date",
          "warning",
          `date "${rawDate}" is not a date; the meeting is imported without one`,
          where,
          id,
        );
      }
      const resolve = (entries: PloverActorEntry[]) =>
        entries.flatMap((e) => resolveActor(e, context, where, locator) ?? []);
      const sources = actorEntries(r.source);
      const targets = actorEntries(r.target);
      const context_ = asText(r.context);
      builder.add({
        eventId: id.replace(/^PLOVER-/i, ""),
        code,
        kind,
        date,
        source: resolve(sources),
        target: resolve(targets),
        location: locationOf(r.eventLoc, context, where, locator),
        where,
        joint: targets.length === 0 && sources.length > 1,
        citation: {
          source: SOURCE.id,
          locator,
          ...(asText(r.text) ? { quote: asText(r.text)! } : {}),
          note: `PLOVER ${event}${mode ? `, mode ${mode}` : ""}${context_ ? `, context ${context_}` : ""}; trigger "${eventText}".`,
        },
      });
    }
  }
  yield* builder.meetings();
}

/**
 * Imports PLOVER-coded event records (JSON: an array of records with `event`, `mode`, `source`
 * and `target` actors): `CONSULT` events become meetings (mode `visit` a visit with visitor and
 * host, `host` the same seen from the host, `phone` a phone call, `third-party` talks at the
 * event location, `multilateral` a multilateral meeting), and `AGREE` events whose trigger
 * words speak of meeting, visiting or negotiating become planned meetings. Other event types
 * are skipped and counted by type.
 *
 * Actors with a country code and no sector are states; with a sector (`GOV`, `MIL`...) they are
 * that state's sector (`cameo-usa-gov`); `IGO`/`NGO` actors are organisations named by their
 * text. The record's sentence is kept as the citation's quote.
 *
 * @example
 * ```ts
 * const { records, report } = await collect(plover.import([inputFromText("PLOVER_GSR_CAMEO.json", json)]));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const plover: Importer = defineImporter(
  {
    name: "plover",
    title: "PLOVER event records: consultations and agreements to meet as meetings",
    extensions: [".json"],
    license: "CC BY-SA 4.0 (Open Event Data Alliance)",
    source: SOURCE,
  },
  importPlover,
);
