import {
  type AlternateName,
  type Citation,
  isDefinitelyBefore,
  isPartialDate,
  type Office,
  type Organization,
  type Person,
  type Source,
  type StatecraftRecord,
} from "@statecraft/core";
import { defineImporter, type Importer } from "../importer.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { resolveCountryName } from "../internal/country-codes.js";
import { asArray, asObject, asText, type JsonDocument, readJson } from "../internal/json.js";
import { slug } from "../internal/text.js";

const SOURCE: Source = {
  id: "popolo",
  type: "source",
  kind: "dataset",
  title: "EveryPolitician: legislators in Popolo JSON",
  publisher: "mySociety (EveryPolitician)",
  url: "https://everypolitician.org/",
  identifier: "everypolitician/everypolitician-data (ep-popolo-v1.0.json)",
  note: "Built by mySociety from Wikipedia, Wikidata and parliaments' own sources. The data repository states no licence (mySociety publishes the data 'for free download and use'): licence not stated.",
};

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const WIKIDATA = /^Q[1-9]\d*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Wikidata's "independent politician": a Popolo "party" standing for members of no party. */
const INDEPENDENT = "Q327591";

interface Term {
  readonly name: string;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

interface PersonDraft {
  record: Person;
  offices: Office[];
  names: AlternateName[];
}

/**
 * The country a Popolo file is about, from its path: EveryPolitician keeps files as
 * `data/<Country>/<House>/ep-popolo-v1.0.json`; copies are often renamed
 * `<country>-<house>-ep-popolo-v1.0.json`. The first path segment, or leading words of the file
 * name, that name a country win.
 */
export function countryFromPath(path: string): string | undefined {
  for (const segment of path.split(/[/\\]/).filter(Boolean)) {
    const words = segment.replace(/\.[a-z]+$/i, "").split(/[-_ .]+/);
    for (let length = Math.min(4, words.length); length >= 1; length--) {
      const resolved = resolveCountryName(words.slice(0, length).join(" "));
      if (resolved.kind === "iso") return resolved.alpha2;
    }
  }
  return undefined;
}

function alternateNames(value: unknown, primary: string): AlternateName[] {
  const names: AlternateName[] = [];
  const seen = new Set<string>();
  for (const item of asArray(value)) {
    const entry = asObject(item);
    const name = asText(entry?.name);
    if (!name || name === primary) continue;
    const lang = asText(entry?.lang)?.toLowerCase();
    const key = `${name}\u0000${lang ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({
      name,
      ...(lang && LANGUAGE_TAG.test(lang) ? { lang } : {}),
      ...(lang ? {} : { kind: "alias" as const }),
    });
  }
  return names;
}

function wikidataOf(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    const entry = asObject(item);
    const id = asText(entry?.identifier);
    if (asText(entry?.scheme) === "wikidata" && id && WIKIDATA.test(id)) return id;
  }
  return undefined;
}

/** A date Statecraft accepts, else `undefined` with a warning. */
function dateOf(
  value: unknown,
  context: ImportContext,
  where: RowRef,
  what: string,
): string | undefined {
  const text = asText(value);
  if (text === undefined) return undefined;
  if (isPartialDate(text)) return text;
  context.warn(
    "invalid_date",
    "warning",
    `${what} "${text}" is not a date; left out`,
    where,
    `${what}:${text}`,
  );
  return undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function* importPopolo(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  // Persons are held to the end: the same EveryPolitician person (one UUID) may sit in two files.
  const persons = new Map<string, PersonDraft>();
  for await (const input of inputs) {
    const doc = await readJson(input, context);
    if (!doc) continue;
    yield* importDocument(doc, input.name, persons, context);
  }
  for (const { record, offices, names } of persons.values()) {
    const { sources, note, ...rest } = record;
    yield {
      ...rest,
      ...(names.length > 0 ? { alternateNames: names } : {}),
      ...(offices.length > 0 ? { offices } : {}),
      ...(note ? { note } : {}),
      sources,
    };
  }
}

function* importDocument(
  doc: JsonDocument,
  path: string,
  persons: Map<string, PersonDraft>,
  context: ImportContext,
): Generator<StatecraftRecord> {
  const { file } = doc;
  const root = asObject(doc.value);
  if (!root || !Array.isArray(root.persons) || !Array.isArray(root.memberships)) {
    context.warn(
      "not_a_popolo_file",
      "warning",
      "the file has no `persons` and `memberships` lists (not Popolo JSON); file skipped",
      { file },
      file,
    );
    return;
  }
  const alpha2 = countryFromPath(path);
  const state = alpha2 ? context.isoState(alpha2, `${file} (from the file path)`) : undefined;
  if (!state) {
    context.warn(
      "country_not_found",
      "warning",
      "no country is named in the file path (EveryPolitician: data/<Country>/<House>/...); offices and organisations are imported without a state",
      { file },
      file,
    );
  }
  const scope = alpha2?.toLowerCase() ?? slug(file.replace(/\.json$/i, ""));
  // The line is looked up only when a warning is first reported (a search of the whole text).
  const where = (key: string, id: string, row = id): RowRef => ({
    file,
    row,
    get line() {
      return doc.lineOf(key, id);
    },
  });

  // Organisations: legislatures and parties; placeholders are not organisations.
  const organizations = new Map<string, Organization>();
  for (const item of asArray(root.organizations)) {
    context.read();
    const org = asObject(item);
    const id = asText(org?.id);
    const name = asText(org?.name);
    if (!org || !id || !name) {
      context.warn(
        "incomplete_organization",
        "warning",
        "organisation without id or name; skipped",
        { file },
      );
      context.skipped("incomplete_organization");
      continue;
    }
    const at = where("id", id);
    const classification = asText(org.classification);
    const wikidata = wikidataOf(org.identifiers);
    if (classification === "party" && (name.toLowerCase() === "unknown" || /\/unknown$/.test(id))) {
      context.warn(
        "placeholder_party",
        "info",
        `organisation "${id}" ("${name}") stands for an unknown party; not imported, and memberships on its behalf get no party`,
        at,
        id,
      );
      context.skipped("placeholder_party");
      continue;
    }
    if (classification === "party" && wikidata === INDEPENDENT) {
      context.warn(
        "not_a_party",
        "info",
        `organisation "${id}" ("${name}") stands for members of no party (Wikidata ${INDEPENDENT}, independent politician); not imported, and memberships on its behalf get no party`,
        at,
        id,
      );
      context.skipped("not_a_party");
      continue;
    }
    const names = alternateNames(org.other_names, name);
    const seats = typeof org.seats === "number" ? org.seats : undefined;
    const record: Organization = {
      id: UUID.test(id) ? `popolo-org-${id.toLowerCase()}` : `popolo-${scope}-${slug(id)}`,
      type: "actor",
      kind: "organization",
      name,
      ...(names.length > 0 ? { alternateNames: names } : {}),
      organizationKind:
        classification === "legislature"
          ? "legislature"
          : classification === "party"
            ? "political_party"
            : "other",
      ...(state ? { jurisdiction: state } : {}),
      ...(wikidata ? { wikidata } : {}),
      ...(seats === undefined ? {} : { note: `${seats} seats.` }),
      sources: [{ source: SOURCE.id, locator: `${file}, organization ${id}` }],
    };
    organizations.set(id, record);
    context.imported();
    yield record;
  }

  const terms = new Map<string, Term>();
  for (const item of asArray(root.events)) {
    const event = asObject(item);
    const id = asText(event?.id);
    if (!event || !id) continue;
    terms.set(id, {
      name: asText(event.name) ?? id,
      start: asText(event.start_date),
      end: asText(event.end_date),
    });
  }
  const areas = new Map<string, string>();
  for (const item of asArray(root.areas)) {
    const area = asObject(item);
    const id = asText(area?.id);
    if (id) areas.set(id, asText(area?.name) ?? id);
  }

  // Persons of this file, then their memberships as offices.
  const local = new Map<string, PersonDraft>();
  for (const item of asArray(root.persons)) {
    context.read();
    const person = asObject(item);
    const id = asText(person?.id);
    const name = asText(person?.name);
    if (!person || !id || !name) {
      context.warn("incomplete_person", "warning", "person without id or name; skipped", {
        file,
        line: id ? doc.lineOf("id", id) : undefined,
        row: id,
      });
      context.skipped("incomplete_person");
      continue;
    }
    const at = where("id", id);
    // EveryPolitician ids are UUIDs, the same person having the same one in every file.
    const recordId = UUID.test(id)
      ? `popolo-person-${id.toLowerCase()}`
      : `popolo-${scope}-${slug(id)}`;
    const locator = `${file}, person ${id}`;
    const existing = persons.get(recordId);
    if (existing) {
      if (local.has(id)) {
        context.warn(
          "duplicate_person_id",
          "warning",
          `person id ${id} appears twice in the file; merged into one person`,
          at,
          id,
        );
        context.merged("duplicate_person_id");
      } else {
        context.merged("same_person_in_two_files");
      }
      existing.record.sources!.push({ source: SOURCE.id, locator });
      for (const n of alternateNames(person.other_names, existing.record.name ?? name)) {
        if (!existing.names.some((m) => m.name === n.name && m.lang === n.lang))
          existing.names.push(n);
      }
      local.set(id, existing);
      continue;
    }
    const wikidata = wikidataOf(person.identifiers);
    const summary = asText(person.summary);
    const draft: PersonDraft = {
      record: {
        id: recordId,
        type: "actor",
        kind: "person",
        name,
        ...(wikidata ? { wikidata } : {}),
        ...(summary ? { note: summary } : {}),
        sources: [{ source: SOURCE.id, locator }],
      },
      offices: [],
      names: alternateNames(person.other_names, name),
    };
    persons.set(recordId, draft);
    local.set(id, draft);
    context.imported();
  }

  const byPerson = new Map<string, { index: number; m: Record<string, unknown> }[]>();
  asArray(root.memberships).forEach((item, index) => {
    context.read();
    const m = asObject(item);
    const personId = asText(m?.person_id);
    if (!m || !personId || !local.has(personId)) {
      context.warn(
        "membership_of_unknown_person",
        "warning",
        `membership ${index} names person "${personId ?? ""}", who is not in the file; skipped`,
        { file, row: `membership ${index}` },
      );
      context.skipped("membership_of_unknown_person");
      return;
    }
    const list = byPerson.get(personId) ?? [];
    list.push({ index, m });
    byPerson.set(personId, list);
  });

  for (const [personId, memberships] of byPerson) {
    const draft = local.get(personId)!;
    const at = where("id", personId);
    // Several constituencies in one term: most likely namesakes the source merged into one person.
    const areasByTerm = new Map<string, Set<string>>();
    for (const { m } of memberships) {
      const key = `${asText(m.organization_id)}|${asText(m.legislative_period_id)}`;
      const set = areasByTerm.get(key) ?? new Set<string>();
      const area = asText(m.area_id);
      if (area) set.add(area);
      areasByTerm.set(key, set);
    }
    for (const set of areasByTerm.values()) {
      if (set.size < 2) continue;
      const names = [...set].map((a) => areas.get(a) ?? a);
      context.warn(
        "several_constituencies_in_one_term",
        "warning",
        `persons hold seats for several constituencies in one term (first: ${draft.record.name}, ${names.join(", ")}): possibly namesakes the source merged into one person; each is kept as one person with one office per membership`,
        at,
        file,
      );
    }
    for (const { index, m } of memberships) {
      const row = `membership ${index}`;
      const mWhere = where("person_id", personId, row);
      const orgId = asText(m.organization_id);
      const organization = orgId ? organizations.get(orgId) : undefined;
      if (orgId && !organization && !/\/unknown$/.test(orgId)) {
        context.warn(
          "membership_of_unknown_organization",
          "warning",
          `membership ${index} is in organisation "${orgId}", which is not in the file; the office has no organisation`,
          mWhere,
          orgId,
        );
      }
      const termId = asText(m.legislative_period_id);
      const term = termId ? terms.get(termId) : undefined;
      const ownStart = dateOf(m.start_date, context, mWhere, "membership start date");
      let ownEnd = dateOf(m.end_date, context, mWhere, "membership end date");
      const notes: string[] = [];
      if (ownStart !== undefined && ownEnd !== undefined && isDefinitelyBefore(ownEnd, ownStart)) {
        // Which bound is wrong cannot be told: the office keeps its start and no end.
        context.warn(
          "membership_ends_before_start",
          "warning",
          `${row} ends (${ownEnd}) before it starts (${ownStart}); the office keeps the start date and has no end`,
          mWhere,
          `${file}|${row}`,
        );
        notes.push(`end date ${ownEnd} left out: before the start date`);
        ownEnd = undefined;
      }
      const termStart =
        ownStart === undefined && term?.start && isPartialDate(term.start) ? term.start : undefined;
      const termEnd =
        ownEnd === undefined && term?.end && isPartialDate(term.end) ? term.end : undefined;
      // A membership that ends before its legislative period starts (Estonia: four members
      // elected to the 13th Riigikogu whose seats end on 2015-03-27, three days before it starts)
      // keeps its own date and does not take the period's; likewise a start after the period's end.
      const start =
        ownStart ??
        (termStart && !(ownEnd && isDefinitelyBefore(ownEnd, termStart)) ? termStart : undefined);
      const end =
        ownEnd ??
        (termEnd && !(ownStart && isDefinitelyBefore(termEnd, ownStart)) ? termEnd : undefined);
      if (termStart && start === undefined) {
        context.warn(
          "membership_outside_term",
          "info",
          `memberships that end before their legislative period starts (${row} of ${term?.name}: ends ${ownEnd}, the period starts ${termStart}) keep their own date and do not take the period's start`,
          mWhere,
          `${file}|${termId}|start`,
        );
        notes.push(
          `ends before the legislative period ${term?.name} starts (${termStart}): no start date`,
        );
      }
      if (termEnd && end === undefined) {
        context.warn(
          "membership_outside_term",
          "info",
          `memberships that start after their legislative period ends (${row} of ${term?.name}: starts ${ownStart}, the period ends ${termEnd}) keep their own date and do not take the period's end`,
          mWhere,
          `${file}|${termId}|end`,
        );
        notes.push(
          `starts after the legislative period ${term?.name} ends (${termEnd}): no end date`,
        );
      }
      const startFromTerm = ownStart === undefined && start !== undefined;
      const endFromTerm = ownEnd === undefined && end !== undefined;
      const fromTerm =
        startFromTerm && endFromTerm
          ? "dates"
          : startFromTerm
            ? "start date"
            : endFromTerm
              ? "end date"
              : undefined;
      if (fromTerm) {
        context.warn(
          "membership_dates_from_term",
          "info",
          `memberships without their own dates take them from their legislative period (${term?.name})`,
          mWhere,
          `${file}|${termId}`,
        );
      }
      const area = asText(m.area_id);
      notes.unshift(
        ...[
          area ? `constituency ${areas.get(area) ?? area}` : undefined,
          fromTerm ? `${fromTerm} of the legislative period ${term?.name}` : undefined,
        ].filter((n) => n !== undefined),
      );
      const citation: Citation = {
        source: SOURCE.id,
        locator: `${doc.file}, ${row}`,
        ...(notes.length > 0 ? { note: `${capitalised(notes.join("; "))}.` } : {}),
      };
      const role = capitalised(asText(m.role) ?? "member");
      const dates = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
      draft.offices.push({
        title: organization ? `${role} of the ${organization.name}` : role,
        ...(organization?.organizationKind === "legislature"
          ? { role: "legislator" as const }
          : {}),
        ...(organization ? { organization: organization.id } : {}),
        ...(organization?.jurisdiction ? { state: organization.jurisdiction } : {}),
        ...dates,
        sources: [citation],
      });
      const partyId = asText(m.on_behalf_of_id);
      const party = partyId ? organizations.get(partyId) : undefined;
      if (party) {
        draft.offices.push({
          title: `Member of ${party.name}`,
          organization: party.id,
          ...dates,
          sources: [citation],
        });
      }
      context.merged("membership_as_office");
    }
  }
}

/**
 * Imports legislators from EveryPolitician's Popolo JSON (`ep-popolo-v1.0.json`): each person
 * becomes a person with offices held over time (one per membership, e.g. "Member of the
 * Riigikogu" from the membership's dates, or its legislative period's), the legislature and the
 * parties become organisations with the country as jurisdiction (read from the file path).
 *
 * A person sitting for several constituencies in one term (namesakes the source merged) is
 * reported; placeholder parties (`party/unknown`, "independent") are not imported. A membership
 * never takes a legislative period's date that would make it end before it starts (it keeps its
 * own date; reported as `membership_outside_term`), and one whose own end precedes its own start
 * keeps the start only (reported as the warning `membership_ends_before_start`).
 *
 * @example
 * ```ts
 * const { records, report } = await collect(popolo.import([inputFromText("estonia-riigikogu-ep-popolo-v1.0.json", json)]));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const popolo: Importer = defineImporter(
  {
    name: "popolo",
    title: "EveryPolitician Popolo JSON: persons, organisations and memberships",
    extensions: [".json"],
    license: "not stated by the source (mySociety: 'free download and use')",
    source: SOURCE,
  },
  importPopolo,
);
