/**
 * CAMEO and PLOVER, the event-data vocabularies, for meetings: which event codes are meetings,
 * what kind, status and roles each gives, and the way back from a meeting to its codes
 * (`toCameo`, `toPlover`).
 */
import type {
  Actor,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Participant,
  ParticipantRole,
} from "@statecraft/core";
import { CAMEO_PLOVER } from "./generated/event-reference.js";
import { alpha3Of, resolveAlpha3 } from "./internal/country-codes.js";

/**
 * The CAMEO event codes that describe meetings: 036 (express intent to meet or negotiate) and
 * 040–046 (consult, by telephone, make a visit, host a visit, meet at a third location, mediate,
 * negotiate). Every other code is not a meeting.
 */
export const CAMEO_MEETING_CODES = [
  "036",
  "040",
  "041",
  "042",
  "043",
  "044",
  "045",
  "046",
] as const;

/** One of {@link CAMEO_MEETING_CODES}. */
export type CameoMeetingCode = (typeof CAMEO_MEETING_CODES)[number];

/** How a CAMEO meeting code becomes a meeting: its label, PLOVER coding, kind, status and the roles of its source and target actors. */
export interface CameoMeetingMapping {
  /** The CAMEO label, e.g. `Make a visit`. */
  readonly label: string;
  /** The PLOVER event type the CAMEO → PLOVER table gives (`CONSULT`, or `AGREE` for 036). */
  readonly ploverEvent: string;
  /** The PLOVER mode the table gives (`visit`, `phone`, `third-party`), or `""`. */
  readonly ploverMode: string;
  /** The PLOVER context the table gives (`diplomatic`), or `""`. */
  readonly ploverContext: string;
  /** The meeting kind. */
  readonly kind: MeetingKind;
  /** The meeting status: `held`, or `planned` for an intent to meet. */
  readonly status: MeetingStatus;
  /** The participant roles of the event's source and target actors. */
  readonly roles: readonly [source: ParticipantRole, target: ParticipantRole];
}

const STATECRAFT: Readonly<
  Record<CameoMeetingCode, Pick<CameoMeetingMapping, "kind" | "status" | "roles">>
> = {
  "036": { kind: "talks", status: "planned", roles: ["participant", "participant"] },
  "040": { kind: "talks", status: "held", roles: ["participant", "participant"] },
  "041": { kind: "phone_call", status: "held", roles: ["caller", "recipient"] },
  "042": { kind: "visit", status: "held", roles: ["visitor", "host"] },
  "043": { kind: "visit", status: "held", roles: ["host", "visitor"] },
  "044": { kind: "talks", status: "held", roles: ["participant", "participant"] },
  "045": { kind: "talks", status: "held", roles: ["mediator", "participant"] },
  "046": { kind: "negotiation", status: "held", roles: ["participant", "participant"] },
};

/**
 * Every CAMEO meeting code with its meaning in Statecraft terms; labels and PLOVER codings come
 * from the PLOVER project's CAMEO → PLOVER table (2021, CC BY-SA 4.0).
 *
 * @example
 * ```ts
 * CAMEO_MEETINGS["042"]; // { label: "Make a visit", ploverEvent: "CONSULT", ploverMode: "visit", kind: "visit", roles: ["visitor", "host"], ... }
 * ```
 */
export const CAMEO_MEETINGS: Readonly<Record<CameoMeetingCode, CameoMeetingMapping>> =
  Object.fromEntries(
    CAMEO_MEETING_CODES.map((code) => {
      const row = CAMEO_PLOVER.find(([cameo]) => cameo === code);
      if (!row) throw new Error(`CAMEO ${code} is missing from the CAMEO → PLOVER table`);
      const [, event, mode, context, label] = row;
      return [
        code,
        {
          label,
          ploverEvent: event,
          ploverMode: mode,
          ploverContext: context,
          ...STATECRAFT[code],
        },
      ];
    }),
  ) as Record<CameoMeetingCode, CameoMeetingMapping>;

/**
 * Tells whether a CAMEO event code is a meeting code.
 *
 * @example
 * ```ts
 * isCameoMeetingCode("043"); // true
 * isCameoMeetingCode("057"); // false — sign formal agreement
 * ```
 */
export function isCameoMeetingCode(code: string): code is CameoMeetingCode {
  return (CAMEO_MEETING_CODES as readonly string[]).includes(code);
}

/** An actor of a CAMEO event: the Statecraft actor and its CAMEO coding, as far as it is known. */
export interface CameoActor {
  /** The Statecraft actor id. */
  readonly id: string;
  /** The CAMEO actor code: country and type (`USAGOV`), country alone (`CHN`), or a known group (`NAT`). */
  readonly code?: string;
  /** The CAMEO country code (ISO 3166-1 alpha-3, e.g. `CHN`). */
  readonly country?: string;
  /** The CAMEO actor type (`GOV`, `MIL`, `IGO`...). */
  readonly type?: string;
}

/** A directed CAMEO event: the source actor does `code` to the target actor. */
export interface CameoEvent {
  /** The CAMEO event code. */
  readonly code: CameoMeetingCode;
  /** The actor that acts. */
  readonly source: CameoActor;
  /** The actor acted upon, when the meeting has more than one participant. */
  readonly target?: CameoActor;
  /** The meeting's date. */
  readonly date?: string;
}

/** An actor of a PLOVER event. */
export interface PloverActor {
  /** The Statecraft actor id. */
  readonly id: string;
  /** The actor code PLOVER uses: a country (`USA`), `IGO`, `NGO`... */
  readonly code?: string;
  /** The sector (`GOV`, `MIL`...), when the actor is one of a state's. */
  readonly sector?: string;
}

/** A PLOVER event record for a meeting: `CONSULT` with its mode, or `AGREE` for a meeting agreed on. */
export interface PloverEvent {
  /** `CONSULT` for meetings held, `AGREE` for an intent or agreement to meet. */
  readonly event: string;
  /** The mode (`visit`, `phone`, `third-party`), when there is one. */
  readonly mode?: string;
  /** The context (`diplomatic`), when the table gives one. */
  readonly context?: string;
  /** The actors that act. */
  readonly source: readonly PloverActor[];
  /** The actors acted upon. */
  readonly target: readonly PloverActor[];
  /** The meeting's date. */
  readonly date?: string;
  /** The CAMEO code the PLOVER coding was read from. */
  readonly cameo: CameoMeetingCode;
}

/** Looks actors up by id, e.g. `(id) => index.get(id)` over a `DatasetIndex`, or a `Map`'s `get`. */
export type ActorResolver = (id: string) => Actor | undefined;

/** CAMEO actor types and the organisation kinds they stand for (and back). */
const TYPE_BY_KIND: Readonly<Partial<Record<string, string>>> = {
  government: "GOV",
  government_body: "GOV",
  ministry: "GOV",
  military: "MIL",
  legislature: "LEG",
  political_party: "PTY",
  armed_group: "REB",
  company: "BUS",
  media: "MED",
  ngo: "NGO",
  intergovernmental: "IGO",
};

function countryOfState(id: string, resolve?: ActorResolver): string | undefined {
  if (id === "state-xk") return "KOS";
  const actor = resolve?.(id);
  if (actor?.kind === "state") return actor.iso3166 ? alpha3Of(actor.iso3166) : undefined;
  const match = /^state-([a-z]{2})$/.exec(id);
  return match ? alpha3Of(match[1]!) : undefined;
}

/** The CAMEO coding of a participant, from Statecraft's id conventions and, given a resolver, the actor record. */
function cameoActor(participant: Participant, resolve?: ActorResolver): CameoActor {
  const { actor: id } = participant;
  const country = countryOfState(id, resolve);
  if (country) return { id, code: country, country };
  // Importers name CAMEO-coded actors `cameo-<country>-<type>` and `cameo-group-<group>`.
  const coded = /^cameo-([a-z]{3})-([a-z]{3})$/.exec(id);
  if (coded) {
    const [c, t] = [coded[1]!.toUpperCase(), coded[2]!.toUpperCase()];
    if (resolveAlpha3(c).kind !== "unknown") return { id, code: `${c}${t}`, country: c, type: t };
  }
  const group = /^cameo-group-([a-z0-9]{3})$/.exec(id);
  if (group) return { id, code: group[1]!.toUpperCase() };
  const actor = resolve?.(id);
  const representing = participant.representing
    ? countryOfState(participant.representing, resolve)
    : undefined;
  if (actor?.kind === "organization") {
    const type = TYPE_BY_KIND[actor.organizationKind];
    if (type === "IGO" || type === "NGO") return { id, code: type, type };
    const home = actor.jurisdiction ? countryOfState(actor.jurisdiction, resolve) : representing;
    if (home) return { id, code: `${home}${type ?? ""}`, country: home, ...(type ? { type } : {}) };
    return { id, ...(type ? { type } : {}) };
  }
  if (actor?.kind === "person") {
    const home =
      representing ??
      (actor.nationality?.[0] ? countryOfState(actor.nationality[0], resolve) : undefined) ??
      actor.offices
        ?.map((o) => (o.state ? countryOfState(o.state, resolve) : undefined))
        .find((c) => c !== undefined);
    return home ? { id, code: home, country: home } : { id };
  }
  return representing ? { id, code: representing, country: representing } : { id };
}

/** The states participants belong to, as alpha-3 codes. */
function homeCountries(meeting: Meeting, resolve?: ActorResolver): Set<string> {
  const homes = new Set<string>();
  for (const p of meeting.participants) {
    const country = cameoActor(p, resolve).country;
    if (country) homes.add(country);
  }
  return homes;
}

/** The CAMEO code a meeting is coded as, and the index of its source participant. */
function codeOf(meeting: Meeting, resolve?: ActorResolver): [CameoMeetingCode, number] | undefined {
  const { status, kind, participants } = meeting;
  if (status === "postponed" || status === "cancelled") return undefined;
  if (status !== "held") return ["036", 0];
  const mediator = participants.findIndex((p) => p.role === "mediator");
  if (mediator >= 0) return ["045", mediator];
  // A visit, or any meeting with a host and a visitor (a summit hosted by one of the two).
  const hosted =
    participants.some((p) => p.role === "host") && participants.some((p) => p.role === "visitor");
  if (kind === "visit" || kind === "state_visit" || hosted) {
    const first = participants[0]?.role;
    if (first === "host") return ["043", 0];
    const visitor = participants.findIndex((p) => p.role === "visitor");
    return ["042", Math.max(visitor, 0)];
  }
  if (kind === "phone_call" || kind === "video_call") {
    const caller = participants.findIndex((p) => p.role === "caller");
    return ["041", Math.max(caller, 0)];
  }
  if (kind === "negotiation") return ["046", 0];
  // Talks, summits, bilaterals...: at a third location when held in a state none of the participants belongs to.
  const place = meeting.location?.state
    ? countryOfState(meeting.location.state, resolve)
    : undefined;
  if (place && !homeCountries(meeting, resolve).has(place)) return ["044", 0];
  return ["040", 0];
}

/**
 * Codes a meeting as CAMEO events: one directed event from the source participant (the visitor
 * of a visit, the host if listed first, the caller, the mediator, else the first participant) to
 * each other participant.
 *
 * Statuses `planned`, `expected` and `confirmed` give 036 (intent to meet); a visit, or any
 * meeting with a host and a visitor, 042 (or 043 when the host comes first); a call 041; a negotiation 046; a meeting with a mediator 045; other
 * meetings 044 when held in a state none of the participants belongs to, else 040. Postponed and
 * cancelled meetings have no CAMEO code (an empty list).
 *
 * Actors are coded from Statecraft's id conventions (`state-cn` → `CHN`, `cameo-usa-gov` →
 * `USAGOV`) and, given a resolver, from the actor records (an organisation's kind and
 * jurisdiction, a person's state).
 *
 * @param meeting - The meeting.
 * @param resolve - Looks up actors by id (optional).
 * @returns The events, in participant order; empty when the meeting has no CAMEO code.
 * @example
 * ```ts
 * toCameo(meeting); // [{ code: "042", source: { id: "state-us", code: "USA", country: "USA" }, target: { id: "state-cn", code: "CHN", country: "CHN" }, date: "2018-06-01" }]
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export function toCameo(meeting: Meeting, resolve?: ActorResolver): CameoEvent[] {
  const coded = codeOf(meeting, resolve);
  if (!coded) return [];
  const [code, sourceIndex] = coded;
  const participants = meeting.participants;
  const source = cameoActor(participants[sourceIndex]!, resolve);
  const date = meeting.date === undefined ? {} : { date: meeting.date };
  const others = participants.filter((_, i) => i !== sourceIndex);
  if (others.length === 0) return [{ code, source, ...date }];
  return others.map((p) => ({ code, source, target: cameoActor(p, resolve), ...date }));
}

function ploverActor(actor: CameoActor): PloverActor {
  const country = actor.country;
  return {
    id: actor.id,
    ...(country ? { code: country } : actor.code ? { code: actor.code } : {}),
    ...(country && actor.type ? { sector: actor.type } : {}),
  };
}

/**
 * Codes a meeting as a PLOVER event through its CAMEO code and the CAMEO → PLOVER table:
 * `CONSULT` with mode `visit`, `phone` or `third-party` (or none, for consultations, mediation
 * and negotiation), or `AGREE` (context `diplomatic`) for a planned meeting. The source is the
 * acting participant, the targets the others.
 *
 * @param meeting - The meeting.
 * @param resolve - Looks up actors by id (optional).
 * @returns The event, or `undefined` for a postponed or cancelled meeting.
 * @example
 * ```ts
 * toPlover(meeting); // { event: "CONSULT", mode: "visit", source: [{ id: "state-us", code: "USA" }], target: [{ id: "state-cn", code: "CHN" }], cameo: "042" }
 * ```
 */
export function toPlover(meeting: Meeting, resolve?: ActorResolver): PloverEvent | undefined {
  const events = toCameo(meeting, resolve);
  const first = events[0];
  if (!first) return undefined;
  const mapping = CAMEO_MEETINGS[first.code];
  return {
    event: mapping.ploverEvent,
    ...(mapping.ploverMode ? { mode: mapping.ploverMode } : {}),
    ...(mapping.ploverContext ? { context: mapping.ploverContext } : {}),
    source: [ploverActor(first.source)],
    target: events.flatMap((e) => (e.target ? [ploverActor(e.target)] : [])),
    ...(meeting.date === undefined ? {} : { date: meeting.date }),
    cameo: first.code,
  };
}
