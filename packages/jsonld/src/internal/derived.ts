/**
 * Derived statements: schema.org properties and types computed from the data for consumers who
 * only know schema.org (an event's `eventStatus`, `startDate`, `attendee`...). They are written by
 * both writers, described in the context, vocabulary and shapes, and ignored when reading back:
 * the fields they derive from are exported too.
 *
 * @module
 */
import type { Meeting, StatecraftRecord } from "@statecraft/core";
import {
  ATTENDEE_STATUSES,
  EVENT_STATUS,
  GOVERNMENT_ORGANIZATION_KINDS,
  ORGANIZER_ROLES,
} from "./conventions.js";
import { COUNTRY_WIKIDATA } from "./generated/country-wikidata.js";
import { dateRange, type TypedLiteral } from "./literal.js";
import { getModel } from "./model.js";

/** A derived term: its JSON-LD key, property and what it holds. */
export interface DerivedTerm {
  /** The shape whose nodes carry it. */
  readonly shape: string;
  readonly term: string;
  readonly curie: string;
  /**
   * `vocab`: an IRI of `values`; `ref`: record IRIs; `date`: a date literal; `day`: an
   * `xsd:date`; `reverse`: the record is the object; `entity`: a Wikidata item; `string`: a
   * plain literal.
   */
  readonly kind: "vocab" | "ref" | "date" | "day" | "reverse" | "entity" | "string";
  readonly array: boolean;
  readonly description: string;
  /** For `vocab` terms: the values as written in JSON-LD and the IRI each stands for. */
  readonly values?: readonly { readonly value: string; readonly curie: string }[];
  /** For a date's bounds, precision and qualifiers: the date field they describe. */
  readonly dateField?: string;
  /** The generic property this one specialises (`sc:earliest` for every `…Earliest`). */
  readonly superProperty?: string;
}

/** The precisions a date is written to; an interval has its own. */
export const DATE_PRECISIONS = ["year", "month", "day", "datetime", "interval"] as const;

/** The qualifiers a date may carry. */
export const DATE_QUALIFIERS = ["uncertain", "approximate", "unspecified"] as const;

const EVENT_STATUS_VALUES = ["EventScheduled", "EventPostponed", "EventCancelled"].map((s) => ({
  value: `schema:${s}`,
  curie: `schema:${s}`,
}));

/** The terms of a date's bounds, precision and qualifiers, as written for `field` of `shape`. */
export function dateFacetTerms(shape: string, field: string): readonly DerivedTerm[] {
  const where = `${shape}.${field}`;
  return [
    {
      shape,
      term: `${field}Earliest`,
      curie: `sc:${field}Earliest`,
      kind: "day",
      array: false,
      dateField: field,
      superProperty: "sc:earliest",
      description: `The first day ${where} may denote (xsd:date, in the date's own calendar day), for range queries; absent when an interval's start is open or unknown.`,
    },
    {
      shape,
      term: `${field}Latest`,
      curie: `sc:${field}Latest`,
      kind: "day",
      array: false,
      dateField: field,
      superProperty: "sc:latest",
      description: `The last day ${where} may denote (xsd:date, inclusive), for range queries; absent when an interval's end is open or unknown.`,
    },
    {
      shape,
      term: `${field}Precision`,
      curie: `sc:${field}Precision`,
      kind: "vocab",
      array: false,
      dateField: field,
      superProperty: "sc:precision",
      values: DATE_PRECISIONS.map((p) => ({ value: p, curie: `sc:DatePrecision-${p}` })),
      description: `How precisely ${where} is written: year, month, day, datetime, or interval.`,
    },
    {
      shape,
      term: `${field}Qualifier`,
      curie: `sc:${field}Qualifier`,
      kind: "vocab",
      array: true,
      dateField: field,
      superProperty: "sc:qualifier",
      values: DATE_QUALIFIERS.map((q) => ({ value: q, curie: `sc:DateQualifier-${q}` })),
      description: `The qualifiers of ${where} (either side, for an interval): uncertain (?), approximate (~), both (%), unspecified digits (X).`,
    },
  ];
}

/** Every derived term: the meeting's schema.org terms, then every date field's bounds. */
export function derivedTerms(): readonly DerivedTerm[] {
  if (allTerms) return allTerms;
  const dates: DerivedTerm[] = [];
  for (const shape of getModel().shapes)
    for (const field of shape.fields)
      if (field.value.type === "date" && !field.array)
        dates.push(...dateFacetTerms(shape.name, field.name));
  allTerms = [...MEETING_TERMS, ...dates];
  return allTerms;
}
let allTerms: readonly DerivedTerm[] | undefined;

/** The derived terms of a shape. */
export function derivedTermsOf(shape: string): readonly DerivedTerm[] {
  return derivedTerms().filter((t) => t.shape === shape);
}

/** VoID's `uriSpace`: the prefix of every record IRI (the base), stated on the dataset node. */
export const VOID_URI_SPACE = "http://rdfs.org/ns/void#uriSpace";

/** `owl:sameAs`, written in full: the context declares no `owl:` prefix. */
export const OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

/** The schema.org terms derived for meetings, and a state's Wikidata item. */
const MEETING_TERMS: readonly DerivedTerm[] = [
  {
    shape: "Dataset",
    term: "uriSpace",
    curie: VOID_URI_SPACE,
    kind: "string",
    array: false,
    description:
      "The base IRI: every record's IRI is it plus the percent-encoded record id (void:uriSpace). The dataset node has its own IRI.",
  },
  {
    shape: "State",
    term: "sameAs",
    curie: OWL_SAME_AS,
    kind: "entity",
    array: false,
    description:
      "The state's Wikidata item, from its ISO 3166-1 code (the datasets/country-codes list): the same country.",
  },
  {
    shape: "Meeting",
    term: "eventStatus",
    curie: "schema:eventStatus",
    kind: "vocab",
    array: false,
    values: EVENT_STATUS_VALUES,
    description:
      "The schema.org status of the meeting: EventPostponed, EventCancelled, or else EventScheduled.",
  },
  {
    shape: "Meeting",
    term: "startDate",
    curie: "schema:startDate",
    kind: "date",
    array: false,
    description: "The meeting's date, or the start of its interval, when it is a plain date.",
  },
  {
    shape: "Meeting",
    term: "endDate",
    curie: "schema:endDate",
    kind: "date",
    array: false,
    description: "The end of the meeting's interval, when it is a plain date.",
  },
  {
    shape: "Meeting",
    term: "attendee",
    curie: "schema:attendee",
    kind: "ref",
    array: true,
    description:
      "Participants whose attendance is attended, confirmed or expected; for a state, its government (an organisation of kind government with that jurisdiction), or none: schema.org expects a person or organisation.",
  },
  {
    shape: "Meeting",
    term: "organizer",
    curie: "schema:organizer",
    kind: "ref",
    array: true,
    description:
      "Participants whose role is host or chair; for a state, its government, or none (as for attendee).",
  },
  {
    shape: "Meeting",
    term: "about",
    curie: "schema:about",
    kind: "ref",
    array: true,
    description: "The issues on the meeting's agenda.",
  },
  {
    shape: "Meeting",
    term: "subEventOf",
    curie: "schema:subEvent",
    kind: "reverse",
    array: false,
    description:
      "The parent meeting, stated from the parent's side: the parent `schema:subEvent` this meeting.",
  },
];

/** Types added to records beside their class. */
export const DERIVED_TYPES: readonly {
  readonly term: string;
  readonly curie: string;
  readonly description: string;
}[] = [
  {
    term: "GovernmentOrganization",
    curie: "schema:GovernmentOrganization",
    description:
      "Added to organisations whose kind is government, government_body, ministry, military or legislature.",
  },
  {
    term: "Event",
    curie: "schema:Event",
    description: "Added to every meeting (sc:Meeting is a sub-class of schema:Event).",
  },
];

const MEETING_TYPES: readonly string[] = ["Event"];

/** The derived types of a record, as class terms. */
export function derivedTypes(record: StatecraftRecord): readonly string[] {
  if (record.type === "meeting") return MEETING_TYPES;
  return record.type === "actor" &&
    record.kind === "organization" &&
    GOVERNMENT_ORGANIZATION_KINDS.has(record.organizationKind)
    ? ["GovernmentOrganization"]
    : [];
}

/** The Wikidata item id (`Q148`) of a state from its ISO 3166-1 code, if the code has one. */
export function stateWikidata(record: StatecraftRecord): string | undefined {
  if (record.type !== "actor" || record.kind !== "state" || record.iso3166 === undefined)
    return undefined;
  return Object.hasOwn(COUNTRY_WIKIDATA, record.iso3166)
    ? COUNTRY_WIKIDATA[record.iso3166]
    : undefined;
}

/** The values of a meeting's derived terms. */
export interface MeetingExtras {
  readonly eventStatus: string;
  readonly startDate?: TypedLiteral;
  readonly endDate?: TypedLiteral;
  /** Record ids, without duplicates. */
  readonly attendee: readonly string[];
  readonly organizer: readonly string[];
  readonly about: readonly string[];
  readonly subEventOf?: string;
}

/**
 * What the writers know of the actors, when the input is in memory (a dataset or an array):
 * which ids are states, and each state's government (an organisation of kind `government` whose
 * jurisdiction it is).
 */
export interface ActorKinds {
  readonly states: ReadonlySet<string>;
  readonly governments: ReadonlyMap<string, string>;
}

/** Indexes the states and their governments among records. */
export function actorKinds(records: Iterable<StatecraftRecord>): ActorKinds {
  const states = new Set<string>();
  const governments = new Map<string, string>();
  for (const record of records) {
    if (record.type !== "actor") continue;
    if (record.kind === "state") states.add(record.id);
    else if (
      record.kind === "organization" &&
      record.organizationKind === "government" &&
      record.jurisdiction !== undefined &&
      !governments.has(record.jurisdiction)
    )
      governments.set(record.jurisdiction, record.id);
  }
  return { states, governments };
}

/**
 * The record `schema:attendee` and `schema:organizer` point at for a participant: the actor, or
 * for a state (a `schema:Country`, which schema.org does not allow there) its government, or none.
 */
function agentOf(actor: string, kinds: ActorKinds | undefined): string | undefined {
  if (kinds === undefined || !kinds.states.has(actor)) return actor;
  return kinds.governments.get(actor);
}

/** Computes a meeting's derived values. */
export function meetingExtras(meeting: Meeting, kinds?: ActorKinds): MeetingExtras {
  const attendee = new Set<string>();
  const organizer = new Set<string>();
  for (const p of meeting.participants) {
    const agent = agentOf(p.actor, kinds);
    if (agent === undefined) continue;
    if (ATTENDEE_STATUSES.has(p.attendance)) attendee.add(agent);
    if (ORGANIZER_ROLES.has(p.role)) organizer.add(agent);
  }
  const about = new Set<string>();
  for (const item of meeting.agenda ?? []) about.add(item.issue);
  const range = meeting.date === undefined ? {} : dateRange(meeting.date);
  return {
    eventStatus: EVENT_STATUS[meeting.status] ?? "schema:EventScheduled",
    ...(range.start ? { startDate: range.start } : {}),
    ...(range.end ? { endDate: range.end } : {}),
    attendee: [...attendee],
    organizer: [...organizer],
    about: [...about],
    ...(meeting.parent === undefined ? {} : { subEventOf: meeting.parent }),
  };
}
