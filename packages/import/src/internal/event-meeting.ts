import {
  type Citation,
  type Location,
  type Meeting,
  type MeetingKind,
  type Participant,
  REMOTE_MEETING_KINDS,
} from "@statecraft/core";
import { CAMEO_MEETINGS, type CameoMeetingCode } from "../event-codes.js";
import { CAMEO_PLOVER } from "../generated/event-reference.js";
import type { ImportContext, RowRef } from "./context.js";
import type { EventActor } from "./event-actor.js";
import { slug } from "./text.js";

/** A meeting event read from a dataset row, its actors resolved. */
export interface MeetingEvent {
  /** The source's own id of the row, e.g. an ICEWS event id. */
  readonly eventId: string;
  /** The CAMEO meeting code (PLOVER events are read into one). */
  readonly code: CameoMeetingCode;
  /** A kind that overrides the code's (PLOVER's `multilateral` mode). */
  readonly kind?: MeetingKind | undefined;
  /** The event date, when known. */
  readonly date?: string | undefined;
  /** The acting actors, resolved; actors that could not be are left out. */
  readonly source: readonly EventActor[];
  /** The actors acted upon, resolved. */
  readonly target: readonly EventActor[];
  readonly location?: Location | undefined;
  /** Where the row is, for warnings. */
  readonly where: RowRef;
  /** The citation of the row. */
  readonly citation: Citation;
  /**
   * The reported sentence (ICEWS story and sentence number): two directed events from one
   * sentence about the same actors are one meeting.
   */
  readonly sentence?: string | undefined;
  /** Whether the actors act jointly (PLOVER's `SRC/TAR`: several sources, no target): all are plain participants. */
  readonly joint?: boolean | undefined;
}

interface Draft {
  readonly meeting: Meeting;
  readonly where: RowRef;
}

function listNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function titleOf(code: CameoMeetingCode, kind: MeetingKind, source: string[], target: string[]) {
  const all = listNames([...source, ...target]);
  const [s, t] = [listNames(source), listNames(target)];
  const between = source.length + target.length > 1 ? "between" : "involving";
  // Verbs agree with the acting side: "Japan visits China", "Japan and Korea visit China".
  const verb = (one: string, many: string) => (source.length > 1 ? many : one);
  if (s) {
    if (code === "036") return `${s} ${verb("intends", "intend")} to meet${t ? ` ${t}` : ""}`;
    if (code === "042") return t ? `${s} ${verb("visits", "visit")} ${t}` : `Visit by ${s}`;
    if (code === "043") return t ? `${s} ${verb("hosts", "host")} ${t}` : `Visit hosted by ${s}`;
    if (code === "045")
      return t
        ? `${s} ${verb("mediates", "mediate")} ${target.length > 1 ? "between" : "with"} ${t}`
        : `Mediation by ${s}`;
  }
  if (code === "036") return `Intended meeting ${between} ${all}`;
  if (kind === "phone_call") return `Phone call ${between} ${all}`;
  if (kind === "negotiation") return `Negotiations ${between} ${all}`;
  if (kind === "multilateral") return `Multilateral meeting of ${all}`;
  if (kind === "visit") return `Visit ${between} ${all}`;
  if (code === "044") return `Meeting of ${all}`;
  return `Talks ${between} ${all}`;
}

/**
 * Turns meeting events into meetings: participants from the resolved actors with the roles of
 * the CAMEO code, held (or planned) status and attendance, and folds into one meeting the
 * events that report it again: the mirrored event of the same sentence (A consults B / B
 * consults A) and, when asked, the same actors meeting in the same way on the same day.
 */
export class MeetingBuilder {
  readonly #drafts: Draft[] = [];
  readonly #byKey = new Map<string, Draft>();

  constructor(
    private readonly context: ImportContext,
    private readonly idPrefix: string,
    private readonly options: { readonly sameDay: boolean },
  ) {}

  /** Adds an event: a new meeting, a report folded into one, or a skipped row. Counts the row. */
  add(event: MeetingEvent): void {
    const { context } = this;
    const mapping = CAMEO_MEETINGS[event.code];
    const kind = event.kind ?? mapping.kind;
    const status = mapping.status;
    const participants: Participant[] = [];
    const seen = new Set<string>();
    const roles = event.joint ? (["participant", "participant"] as const) : mapping.roles;
    const sides = [
      [event.source, roles[0]],
      [event.target, roles[1]],
    ] as const;
    for (const [actors, role] of sides) {
      const attendance =
        status === "held" ? "attended" : actors === event.source ? "expected" : "possible";
      for (const actor of actors) {
        if (seen.has(actor.id)) continue;
        seen.add(actor.id);
        participants.push({
          actor: actor.id,
          role,
          ...(actor.representing && actor.representing !== actor.id
            ? { representing: actor.representing }
            : {}),
          attendance,
          ...(actor.text
            ? {
                sources: [
                  {
                    source: event.citation.source,
                    locator: event.citation.locator!,
                    quote: actor.text,
                  },
                ],
              }
            : {}),
        });
      }
    }
    if (participants.length === 0) {
      context.warn(
        "no_identified_participant",
        "warning",
        "no actor of the event could be identified; skipped",
        event.where,
      );
      context.skipped("no_identified_participant");
      return;
    }
    const sourceIds = new Set(event.source.map((a) => a.id));
    if (
      event.target.length > 0 &&
      event.source.length > 0 &&
      event.target.every((a) => sourceIds.has(a.id)) &&
      participants.length === 1
    ) {
      context.warn(
        "same_actor_both_sides",
        "info",
        "the event's source and target are the same actor (a meeting of one actor with itself); skipped",
        event.where,
      );
      context.skipped("same_actor_both_sides");
      return;
    }
    const actorKey = [...seen].sort().join("+");
    const family = event.code === "043" ? "042" : event.code;
    const sentenceKey = event.sentence
      ? `sentence|${event.sentence}|${event.date}|${family}|${actorKey}`
      : undefined;
    const dayKey =
      this.options.sameDay && event.date
        ? `day|${event.date}|${kind}|${status}|${participants
            .map((p) => `${p.actor}:${p.role}`)
            .sort()
            .join("+")}`
        : undefined;
    const twin =
      (sentenceKey && this.#byKey.get(sentenceKey)) || (dayKey && this.#byKey.get(dayKey));
    if (twin) {
      const sameSentence = sentenceKey !== undefined && this.#byKey.get(sentenceKey) === twin;
      context.merged(sameSentence ? "mirrored_event" : "same_meeting_reported_again");
      twin.meeting.sources!.push(event.citation);
      if (!twin.meeting.location && event.location && !REMOTE_MEETING_KINDS.includes(kind)) {
        twin.meeting.location = event.location;
      }
      if (sentenceKey) this.#byKey.set(sentenceKey, twin);
      return;
    }
    const names = (actors: readonly EventActor[]) =>
      actors.filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i).map((a) => a.name);
    const sourceNames = names(event.source);
    const targetNames = names(event.target).filter((n) => !sourceNames.includes(n));
    const meeting: Meeting = {
      id: `${this.idPrefix}-${slug(event.eventId) || "event"}`,
      type: "meeting",
      kind,
      status,
      title: titleOf(event.code, kind, sourceNames, targetNames),
      ...(event.date ? { date: event.date } : {}),
      ...(event.location && !REMOTE_MEETING_KINDS.includes(kind)
        ? { location: event.location }
        : {}),
      participants,
      sources: [event.citation],
    };
    const draft = { meeting, where: event.where };
    this.#drafts.push(draft);
    if (sentenceKey) this.#byKey.set(sentenceKey, draft);
    if (dayKey) this.#byKey.set(dayKey, draft);
    context.imported();
  }

  /** The meetings, in the order their first event was read. */
  *meetings(): Generator<Meeting> {
    for (const { meeting } of this.#drafts) yield meeting;
  }
}

/** The PLOVER event type of a CAMEO code, by the CAMEO → PLOVER table (exact code, then its parents). */
export function ploverEventOf(code: string): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const row = CAMEO_PLOVER.find(([cameo]) => cameo === code.slice(0, length));
    if (row) return row[1];
  }
  return undefined;
}

/** Counts a row whose event is not a meeting as skipped, with one info line per PLOVER event type. */
export function skipNotAMeeting(
  context: ImportContext,
  where: RowRef,
  code: string | undefined,
  plover = code === undefined ? undefined : ploverEventOf(code),
): void {
  const root = code?.slice(0, 2);
  context.warn(
    "not_a_meeting",
    "info",
    plover === "AGREE"
      ? "AGREE events other than agreements or intents to meet (CAMEO 036) are not meetings; skipped"
      : plover
        ? `${plover} events are not meetings; skipped`
        : `CAMEO ${root} events have no PLOVER equivalent and are not meetings; skipped`,
    where,
    plover ?? `cameo-${root}`,
  );
  context.skipped("not_a_meeting");
}

/**
 * Skips an event row without an id or with a malformed event code, warning with its source row.
 *
 * @param label - What the source calls the code column, e.g. `event code` or `CAMEO code`.
 */
export function skipInvalidEvent(
  context: ImportContext,
  where: RowRef,
  label: string,
  code: string | undefined,
): void {
  context.warn(
    "invalid_event",
    "warning",
    `event without id or with ${label} "${code ?? ""}"; skipped`,
    where,
  );
  context.skipped("invalid_event");
}
