import type {
  Meeting,
  Office,
  OfficeRole,
  Person,
  Source,
  StatecraftRecord,
} from "@statecraft/core";
import { defineImporter, type Importer } from "../define-importer.js";
import type { ImportInput } from "../input.js";
import type { ImportContext } from "../internal/context.js";
import { dateRange, isIsoDate } from "../internal/dates.js";
import { resolveHsgCountry } from "../internal/hsg-country.js";
import { baseName, slug, squash } from "../internal/text.js";
import { field, xmlRecords } from "../internal/xml.js";

const SOURCE: Source = {
  id: "hsg-visits",
  type: "source",
  kind: "dataset",
  title: "Visits by Foreign Leaders",
  publisher: "U.S. Department of State, Office of the Historian",
  url: "https://history.state.gov/departmenthistory/visits",
  language: "en",
  identifier: "HistoryAtState/visits",
  note: "A work of the United States government (public domain in the USA), with rights waived worldwide under CC0 1.0.",
};

/** Titles that open a `visitor` text, longest first, with their standard role. */
const TITLES: readonly (readonly [title: string, role: OfficeRole | undefined])[] = (
  [
    ["Prime Minister-Prince", "head_of_government"],
    ["Interim Prime Minister", "head_of_government"],
    ["Acting Prime Minister", "head_of_government"],
    ["Interim President", "head_of_state"],
    ["Acting President", "head_of_state"],
    ["Federal Chancellor", "head_of_government"],
    ["President-designate", undefined],
    ["Chancellor-elect", undefined],
    ["Brigadier General", "military_officer"],
    ["Lieutenant General", "military_officer"],
    ["Chief of State", "head_of_state"],
    ["Head of State", "head_of_state"],
    ["First Secretary", "party_leader"],
    ["Junta Member", undefined],
    ["Provisional President", "head_of_state"],
    ["President-elect", undefined],
    ["Prime Minister", "head_of_government"],
    ["Vice President", undefined],
    ["Vice Premier", undefined],
    ["Governor General", "head_of_state"],
    ["Governor-General", "head_of_state"],
    ["Secretary General", undefined],
    ["General Secretary", "party_leader"],
    ["Foreign Minister", "foreign_minister"],
    ["Grand Duchess", "head_of_state"],
    ["Grand Duke", "head_of_state"],
    ["Crown Prince", undefined],
    ["Regent Prince", "head_of_state"],
    ["President", "head_of_state"],
    ["Chancellor", "head_of_government"],
    ["Taoiseach", "head_of_government"],
    ["Premier", "head_of_government"],
    ["Chairman", undefined],
    ["Emperor", "head_of_state"],
    ["Empress", "head_of_state"],
    ["Princess", undefined],
    ["Prince", "head_of_state"],
    ["Regent", "head_of_state"],
    ["Sultan", "head_of_state"],
    ["Sheikh", undefined],
    ["Queen", "head_of_state"],
    ["King", "head_of_state"],
    ["Amir", "head_of_state"],
    ["Emir", "head_of_state"],
    ["Shah", "head_of_state"],
    ["Pope", "head_of_state"],
    ["General", "military_officer"],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

/** Misspelt titles found in the data, and the title meant. */
const TITLE_TYPOS: Readonly<Record<string, string>> = {
  "Prime Minster": "Prime Minister",
  "Prime Ministere": "Prime Minister",
  "President- elect": "President-elect",
  "President-Elect": "President-elect",
  "President- designate": "President-designate",
};

/** A visitor text split into title and name: `Prime Minister Kishida Fumio` → `Prime Minister`, `Kishida Fumio`. */
export interface Visitor {
  readonly title?: string;
  readonly role?: OfficeRole;
  readonly name: string;
  /** The misspelt title corrected, when there was one. */
  readonly typo?: string;
}

/** Splits an HSG `visitor` text into title and name, correcting the known misspellings of titles. */
export function parseVisitor(text: string): Visitor {
  let rest = squash(text);
  let typo: string | undefined;
  for (const [wrong, right] of Object.entries(TITLE_TYPOS)) {
    if (rest.startsWith(`${wrong} `)) {
      rest = right + rest.slice(wrong.length);
      typo = wrong;
    }
  }
  for (const [title, role] of TITLES) {
    if (!rest.startsWith(title)) continue;
    const after = rest.slice(title.length);
    // "Prime MinisterHaidar al- Abadi": a missing space before a capitalised name.
    const glued = /^[A-Z]/.test(after);
    if (after.startsWith(" ") || glued) {
      const name = after.trim();
      if (!name) break;
      return {
        title,
        ...(role ? { role } : {}),
        name,
        ...(typo ? { typo } : glued ? { typo: `${title}${after.split(" ")[0]}` } : {}),
      };
    }
  }
  return { name: rest, ...(typo ? { typo } : {}) };
}

interface Visit {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly visitor: Visitor;
  readonly visitorText: string;
  readonly fromSlug: string;
  readonly fromLabel: string;
  readonly description: string;
  readonly file: string;
  readonly line: number;
}

async function* readVisits(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<Visit> {
  for await (const input of inputs) {
    const file = baseName(input.name);
    let checked = false;
    for await (const r of xmlRecords(input, "visit", context)) {
      if (!checked && r.root !== "visits") {
        context.warn(
          "not_a_visits_file",
          "warning",
          `root element <${r.root}> is not <visits>; file ignored`,
          { file },
        );
        checked = true;
        break;
      }
      checked = true;
      context.read();
      const id = field(r, "id");
      const where = { file, line: r.line, row: id };
      const start = field(r, "start-date") ?? "";
      const end = field(r, "end-date") ?? start;
      const visitorText = squash(field(r, "visitor"));
      const fromSlug = r.fieldAttributes.get("from")?.id ?? "";
      if (id === undefined || !visitorText || !fromSlug) {
        context.warn(
          "incomplete_visit",
          "warning",
          "visit without id, visitor or country; skipped",
          where,
        );
        context.skipped("incomplete_visit");
        continue;
      }
      if (!isIsoDate(start) || !isIsoDate(end) || end < start) {
        context.warn(
          "invalid_visit_dates",
          "warning",
          `visit ${id} has dates "${start}" to "${end}"; skipped`,
          where,
          id,
        );
        context.skipped("invalid_visit_dates");
        continue;
      }
      const visitor = parseVisitor(visitorText);
      if (visitor.typo) {
        context.warn(
          "title_typo",
          "info",
          `visitor title "${visitor.typo}" read as "${visitor.title}"`,
          where,
          visitor.typo,
        );
      }
      if (!visitor.title) {
        context.warn(
          "visitor_without_title",
          "info",
          `visitor "${visitorText}" has no title the importer knows; imported by name only`,
          where,
          visitorText,
        );
      }
      yield {
        id,
        start,
        end,
        visitor,
        visitorText,
        fromSlug,
        fromLabel: squash(field(r, "from")),
        description: squash(field(r, "description")),
        file,
        line: r.line,
      };
    }
    if (!checked) {
      context.warn(
        "no_visits_in_file",
        "info",
        "the file holds no <visit> elements; ignored",
        { file },
        file,
      );
    }
  }
}

async function* importVisits(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const visits = new Map<string, Visit>();
  for await (const visit of readVisits(inputs, context)) {
    const same = visits.get(visit.id);
    if (same) {
      if (
        same.start === visit.start &&
        same.visitorText === visit.visitorText &&
        same.fromSlug === visit.fromSlug
      ) {
        context.merged("same_visit_in_two_files");
      } else {
        context.warn(
          "conflicting_visit_id",
          "warning",
          `visit id ${visit.id} appears again with different content (first in ${same.file}); the first is kept`,
          { file: visit.file, line: visit.line, row: visit.id },
          visit.id,
        );
        context.skipped("conflicting_visit_id");
      }
      continue;
    }
    visits.set(visit.id, visit);
  }
  // Ids are not chronological: order by date, then id, so output is stable and readable.
  const ordered = [...visits.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || Number(a.id) - Number(b.id),
  );
  const us = context.isoState("US", "visits: the host state")!;
  const people = new Map<string, Person & { offices: Office[] }>();
  const personOf = new Map<string, string>();
  const meetings: Meeting[] = [];
  for (const visit of ordered) {
    const where = { file: visit.file, line: visit.line, row: visit.id };
    const from = resolveHsgCountry(visit.fromSlug, visit.fromLabel, where, context);
    const personId = `hsg-visitor-${from.replace(/^state-/, "")}-${slug(visit.visitor.name) || visit.id}`;
    personOf.set(visit.id, personId);
    let person = people.get(personId);
    if (!person) {
      person = {
        id: personId,
        type: "actor",
        kind: "person",
        name: visit.visitor.name,
        nationality: [from],
        offices: [],
        sources: [],
        note: "From the Office of the Historian's visit records, which give the title held at each visit but not the dates of office.",
      };
      people.set(personId, person);
    }
    person.sources!.push({ source: SOURCE.id, locator: `${visit.file}, visit ${visit.id}` });
    const { title, role } = visit.visitor;
    if (title && !person.offices.some((o) => o.title === title && o.state === from)) {
      person.offices.push({ title, ...(role ? { role } : {}), state: from });
    }
    const kind = /\bstate visit\b/i.test(visit.description) ? "state_visit" : "visit";
    meetings.push({
      id: `hsg-visit-${visit.id}`,
      type: "meeting",
      kind,
      status: "held",
      title: `${visit.visitorText} (${context.stateName(from) ?? visit.fromLabel}) visits the United States`,
      ...(visit.description ? { description: visit.description } : {}),
      date: dateRange(visit.start, visit.end),
      location: { state: us },
      participants: [
        {
          actor: personId,
          role: "visitor",
          ...(title ? { capacity: title } : {}),
          representing: from,
          attendance: "attended",
        },
        { actor: us, role: "host", attendance: "attended" },
      ],
      sources: [{ source: SOURCE.id, locator: `${visit.file}, visit ${visit.id}` }],
    });
    context.imported();
  }
  // Overlapping records of one visitor (Xi Jinping 3196 inside 3201): the contained one becomes a child.
  const byPerson = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const person = meeting.participants[0]!.actor;
    const list = byPerson.get(person) ?? [];
    for (const other of list) {
      const [oStart, oEnd = oStart] = other.date!.split("/") as [string, string?];
      const [mStart, mEnd = mStart] = meeting.date!.split("/") as [string, string?];
      if (mStart > oEnd || oStart > mEnd || other.parent !== undefined) continue;
      const [outer, inner] =
        oEnd >= mEnd && oStart <= mStart && other.date !== meeting.date
          ? [other, meeting]
          : mEnd >= oEnd && mStart <= oStart && other.date !== meeting.date
            ? [meeting, other]
            : [undefined, undefined];
      const visit = visits.get(meeting.id.slice("hsg-visit-".length))!;
      if (outer && inner) {
        inner.parent = outer.id;
        context.warn(
          "overlapping_visits",
          "warning",
          `visit ${inner.id.slice(10)} lies within visit ${outer.id.slice(10)} of the same visitor; it is imported as part of it (parent)`,
          { file: visit.file, line: visit.line, row: visit.id },
          inner.id,
        );
      } else {
        context.warn(
          "overlapping_visits",
          "warning",
          `visits ${other.id.slice(10)} and ${meeting.id.slice(10)} of the same visitor overlap; both are kept`,
          { file: visit.file, line: visit.line, row: visit.id },
          meeting.id,
        );
      }
    }
    list.push(meeting);
    byPerson.set(person, list);
  }
  for (const person of people.values()) {
    const { offices, ...rest } = person;
    context.share(offices.length > 0 ? { ...rest, offices } : rest);
  }
  yield* meetings;
}

/**
 * Imports the Office of the Historian's visits by foreign leaders to the United States
 * (HistoryAtState/visits XML): each `<visit>` becomes a `visit` (or `state_visit`) meeting hosted
 * by the United States, the visitor a person with the title the record gives, representing their
 * state from the country crosswalk.
 *
 * The misspelt slug `somoa` and the slug `china` used for the Republic of China are mapped and
 * reported; a visit lying within another of the same visitor becomes its child.
 *
 * @example
 * ```ts
 * const { records, report } = await collect(hsgVisits.import([inputFromText("2020.xml", xml)]));
 * ```
 */
export const hsgVisits: Importer = defineImporter(
  {
    name: "hsg-visits",
    title: "Office of the Historian: visits by foreign leaders to the United States",
    extensions: [".xml"],
    license: "US government work (public domain in the USA); CC0 1.0 worldwide",
    source: SOURCE,
  },
  importVisits,
);
