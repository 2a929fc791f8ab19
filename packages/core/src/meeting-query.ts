import type { Actor } from "./actor.js";
import type { DatasetIndex } from "./dataset-index.js";
import { compareDates, isDefinitelyAfter, isDefinitelyBefore } from "./date.js";
import type { Issue } from "./issue.js";
import type { Meeting, MeetingStatus } from "./meeting.js";
import { type Office, officesHeldOn } from "./office.js";
import type { AttendanceStatus, ParticipantRole } from "./participant.js";
import { isPartyTo, meetingsByParty } from "./representation.js";

const PARTICIPANT_POINTER = /^\/participants\/\d+\/actor$/;
const CHILD_POINTER = /^\/(?:parent|partOf\/\d+)$/;

/** Options for {@link meetingsOf} and {@link meetingsBetween}. */
export interface MeetingsOfOptions {
  /**
   * Count only meetings that list the actor itself as a participant: no representation, no
   * parent meeting (by default, China's meetings include those Xi Jinping attends for China,
   * and every leg of a trip the Chinese government hosts).
   */
  readonly direct?: boolean;
}

/**
 * Orders meetings by date bounds (earliest first); undated meetings come last, then by id.
 *
 * @param a - A meeting.
 * @param b - Another meeting.
 * @returns A negative, zero or positive number, for `Array.prototype.sort`.
 * @example
 * ```ts
 * const byDate = [...index.ofType("meeting")].sort(compareMeetings);
 * ```
 */
export function compareMeetings(a: Meeting, b: Meeting): number {
  if (a.date === undefined || b.date === undefined) {
    if (a.date !== b.date) return a.date === undefined ? 1 : -1;
  } else {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The meetings an actor takes part in (any attendance status), in date order: those that list
 * it as a participant, and, unless `options.direct` is set, those where it is present under the
 * {@link meetingParties} rule: through a parent meeting (a trip's host is at every leg), through
 * a participant's `representing`, an organisation's parent and jurisdiction, or the offices a
 * person holds on the meeting date (a minister's ministry and state).
 *
 * @param index - The dataset index.
 * @param actorId - The actor's id.
 * @param options - Whether to count representation and parent meetings.
 * @returns The meetings.
 * @example
 * ```ts
 * meetingsOf(index, "antony-blinken").map((m) => m.title);
 * meetingsOf(index, "china").length; // every meeting someone attends for China
 * ```
 */
export function meetingsOf(
  index: DatasetIndex,
  actorId: string,
  options: MeetingsOfOptions = {},
): Meeting[] {
  if (!options.direct)
    return [...(meetingsByParty(index).get(actorId) ?? [])].sort(compareMeetings);
  const meetings = new Set<Meeting>();
  for (const ref of index.referencesTo(actorId)) {
    if (ref.from.type === "meeting" && PARTICIPANT_POINTER.test(ref.pointer))
      meetings.add(ref.from);
  }
  return [...meetings].sort(compareMeetings);
}

/**
 * The meetings in which two actors both take part, in date order. Each is present as
 * {@link meetingsOf} says: listed, or (unless `options.direct` is set) through a parent meeting
 * or representation. Both may be present through the same participant: Blinken's meetings are
 * all meetings between the United States and its State Department.
 *
 * @param index - The dataset index.
 * @param a - One actor's id.
 * @param b - The other actor's id.
 * @param options - Whether to count representation and parent meetings.
 * @returns The meetings both take part in.
 * @example
 * ```ts
 * meetingsBetween(index, "antony-blinken", "wang-yi");
 * meetingsBetween(index, "usa", "china"); // includes Yellen's visit, hosted by the Chinese government
 * ```
 */
export function meetingsBetween(
  index: DatasetIndex,
  a: string,
  b: string,
  options: MeetingsOfOptions = {},
): Meeting[] {
  return meetingsOf(index, a, options).filter((meeting) =>
    options.direct ? meeting.participants.some((p) => p.actor === b) : isPartyTo(index, meeting, b),
  );
}

/** A meeting participant resolved against the dataset. */
export interface Attendee {
  /** The participant's actor id. */
  readonly actorId: string;
  /** The actor record, when the id resolves. */
  readonly actor: Actor | undefined;
  /** The part the actor plays. */
  readonly role: ParticipantRole;
  /** The office the actor acts in, as stated. */
  readonly capacity: string | undefined;
  /** The person's office matching `capacity` held on the meeting date, when one is found. */
  readonly office: Office | undefined;
  /** How sure the attendance is. */
  readonly attendance: AttendanceStatus;
}

/**
 * Who attends a meeting, in which role and capacity, with the office each person held on the date.
 *
 * @param index - The dataset index.
 * @param meetingId - The meeting's id.
 * @returns One entry per participant; empty when the meeting does not exist.
 * @example
 * ```ts
 * attendees(index, "blinken-xi-meeting-2024-04").map((a) => `${a.capacity}: ${a.attendance}`);
 * ```
 */
export function attendees(index: DatasetIndex, meetingId: string): Attendee[] {
  const meeting = index.getOf("meeting", meetingId);
  if (!meeting) return [];
  return meeting.participants.map((participant) => {
    const actor = index.getOf("actor", participant.actor);
    let office: Office | undefined;
    if (actor?.kind === "person" && participant.capacity !== undefined) {
      const candidates = (actor.offices ?? []).filter((o) => o.title === participant.capacity);
      office =
        meeting.date === undefined ? candidates[0] : officesHeldOn(candidates, meeting.date)[0];
    }
    return {
      actorId: participant.actor,
      actor,
      role: participant.role,
      capacity: participant.capacity,
      office,
      attendance: participant.attendance,
    };
  });
}

/** Filters for {@link timeline}. */
export interface TimelineOptions {
  /** Only meetings this actor takes part in. */
  readonly actor?: string;
  /** Only meetings with this issue on the agenda or in an outcome. */
  readonly issue?: string;
  /** Only meetings not definitely before this partial date. */
  readonly from?: string;
  /** Only meetings not definitely after this partial date. */
  readonly to?: string;
  /** Only meetings with one of these statuses. */
  readonly status?: readonly MeetingStatus[];
}

/**
 * The dataset's meetings ordered by date bounds, optionally filtered. A meeting dated `2024-04`
 * sorts before one dated `2024-04-24`, which sorts before `2024-04-25`; undated meetings come last.
 *
 * @param index - The dataset index.
 * @param options - Filters.
 * @returns The meetings, in date order.
 * @example
 * ```ts
 * timeline(index, { from: "2024-04", status: ["planned", "expected"] });
 * ```
 */
export function timeline(index: DatasetIndex, options: TimelineOptions = {}): Meeting[] {
  const source =
    options.actor === undefined ? [...index.ofType("meeting")] : meetingsOf(index, options.actor);
  return source
    .filter((meeting) => {
      if (options.status && !options.status.includes(meeting.status)) return false;
      if (options.issue !== undefined && !meetingIssueIds(meeting).has(options.issue)) return false;
      if (meeting.date !== undefined) {
        if (options.from !== undefined && isDefinitelyBefore(meeting.date, options.from))
          return false;
        if (options.to !== undefined && isDefinitelyAfter(meeting.date, options.to)) return false;
      }
      return true;
    })
    .sort(compareMeetings);
}

function meetingIssueIds(meeting: Meeting): Set<string> {
  const ids = new Set<string>();
  for (const item of meeting.agenda ?? []) ids.add(item.issue);
  for (const outcome of meeting.outcomes ?? []) for (const id of outcome.issues ?? []) ids.add(id);
  return ids;
}

/**
 * The meetings that name this one as their `parent` or in their `partOf` (the legs of a trip, the
 * bilaterals of a summit), in date order, each once.
 *
 * @param index - The dataset index.
 * @param meetingId - The parent meeting's id.
 * @returns The child meetings.
 * @example
 * ```ts
 * childMeetings(index, "blinken-china-visit-2024-04").map((m) => m.id);
 * // ["blinken-beijing-2024-04", "blinken-shanghai-2024-04", "blinken-wang-yi-talks-2024-04", "blinken-xi-meeting-2024-04"]
 * ```
 */
export function childMeetings(index: DatasetIndex, meetingId: string): Meeting[] {
  const children = new Set<Meeting>();
  for (const ref of index.referencesTo(meetingId)) {
    if (ref.from.type === "meeting" && CHILD_POINTER.test(ref.pointer)) children.add(ref.from);
  }
  return [...children].sort(compareMeetings);
}

/**
 * The issues a meeting raises: its agenda and outcomes, and those of its child meetings.
 *
 * @param index - The dataset index.
 * @param meetingId - The meeting's id.
 * @returns The issues, each once, in the order first raised.
 * @example
 * ```ts
 * issuesRaised(index, "blinken-china-visit-2024-04").map((i) => i.name);
 * ```
 */
export function issuesRaised(index: DatasetIndex, meetingId: string): Issue[] {
  const ids = new Set<string>();
  const visit = (id: string, seen: Set<string>) => {
    const meeting = index.getOf("meeting", id);
    if (!meeting || seen.has(id)) return;
    seen.add(id);
    for (const issueId of meetingIssueIds(meeting)) ids.add(issueId);
    for (const child of childMeetings(index, id)) visit(child.id, seen);
  };
  visit(meetingId, new Set());
  return [...ids]
    .map((id) => index.getOf("issue", id))
    .filter((issue): issue is Issue => issue !== undefined);
}
