import type { DatasetIndex } from "./dataset-index.js";
import type { Meeting } from "./meeting.js";
import { officesHeldOn } from "./office.js";
import type { Participant } from "./participant.js";

/**
 * One actor at a meeting, with everything it stands for there. See {@link meetingParties} for
 * the rule.
 */
export interface MeetingParty {
  /** The participant's actor id, as listed. */
  readonly actorId: string;
  /** The nearest listing of the actor: in the meeting itself, or else in the nearest parent. */
  readonly participant: Participant;
  /** The id of the meeting that lists {@link MeetingParty.participant}. */
  readonly listedIn: string;
  /**
   * The states and organisations the actor stands for at the meeting, without the actor itself,
   * in the order found (each once).
   */
  readonly represents: readonly string[];
}

/**
 * The states and organisations an actor stands for by itself on a date, without a meeting:
 *
 * - an organisation stands for its `parent` organisation and its `jurisdiction` state;
 * - a person stands for the `organization` and the `state` of every office held on `date`, as
 *   {@link officesHeldOn} decides (an office whose `end` is the day before `date` is not held;
 *   one ending on `date` is, so `end` is inclusive); without a date, a person stands for nothing;
 * - and, repeatedly, what each of those organisations stands for (a ministry's government, the
 *   government's state).
 *
 * A person's `nationality` is not representation, and nobody stands for a person.
 *
 * @param index - The dataset index.
 * @param actorId - The actor's id.
 * @param date - The partial date the offices are checked on, e.g. a meeting's date.
 * @returns Actor ids, each once, in the order found; empty for an unknown id.
 * @example
 * ```ts
 * representedBy(index, "wang-yi", "2024-04-24/2024-04-26");
 * // ["chinese-foreign-ministry", "china", "chinese-government"]
 * ```
 */
export function representedBy(index: DatasetIndex, actorId: string, date?: string): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  addSeeds(index, actorId, date, queue);
  closeOver(index, queue, found);
  found.delete(actorId);
  return [...found];
}

function addSeeds(
  index: DatasetIndex,
  actorId: string,
  date: string | undefined,
  queue: string[],
): void {
  const actor = index.getOf("actor", actorId);
  if (actor?.kind === "organization") {
    if (actor.parent !== undefined) queue.push(actor.parent);
    if (actor.jurisdiction !== undefined) queue.push(actor.jurisdiction);
  } else if (actor?.kind === "person" && date !== undefined) {
    for (const office of officesHeldOn(actor.offices ?? [], date)) {
      if (office.organization !== undefined) queue.push(office.organization);
      if (office.state !== undefined) queue.push(office.state);
    }
  }
}

/** Adds the queued ids to `found`, then what each organisation among them stands for. */
function closeOver(index: DatasetIndex, queue: string[], found: Set<string>): void {
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    if (found.has(id)) continue;
    found.add(id);
    const actor = index.getOf("actor", id);
    if (actor?.kind !== "organization") continue;
    if (actor.parent !== undefined) queue.push(actor.parent);
    if (actor.jurisdiction !== undefined) queue.push(actor.jurisdiction);
  }
}

/** The meeting, then its parent, grandparent…, each once (a `parent` cycle stops there). */
function meetingChain(index: DatasetIndex, meeting: Meeting): Meeting[] {
  const chain: Meeting[] = [];
  const seen = new Set<string>();
  let current: Meeting | undefined = meeting;
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parent === undefined ? undefined : index.getOf("meeting", current.parent);
  }
  return chain;
}

const partiesCache = new WeakMap<DatasetIndex, Map<Meeting, readonly MeetingParty[]>>();
const meetingsCache = new WeakMap<DatasetIndex, Map<string, Meeting[]>>();

/**
 * Who is at a meeting, and what each of them stands for there. The rule, used by
 * {@link meetingsOf}, {@link meetingsBetween} and {@link counterparts}:
 *
 * 1. **Parent meetings.** A meeting's parties are its own participants and those of its
 *    `parent`, the parent's parent and so on (a leg of a trip inherits the trip's parties).
 *    An actor listed at several levels is one party: its nearest listing is kept, and what it
 *    stands for is the union over all its listings.
 * 2. **Stated.** A participant stands for its `representing` actor.
 * 3. **Inferred.** It also stands for what {@link representedBy} gives on the meeting's date
 *    (an organisation's parent and jurisdiction, a person's offices held on that date, and
 *    what those organisations stand for), and so does its `representing` organisation. An
 *    undated meeting takes the date of its nearest dated parent; with none, offices give nothing.
 *
 * Attendance is not considered here: a party who declined is still listed.
 * Results are cached per index (an index never changes).
 *
 * @param index - The dataset index.
 * @param meetingId - The meeting's id.
 * @returns One party per distinct actor, the meeting's own participants first, in listing
 * order; empty when the meeting does not exist.
 * @example
 * ```ts
 * meetingParties(index, "blinken-shanghai-2024-04").map((p) => [p.actorId, p.represents]);
 * // [["antony-blinken", ["us-state-department", "usa"]], ["chinese-government", ["china"]]]
 * ```
 */
export function meetingParties(index: DatasetIndex, meetingId: string): readonly MeetingParty[] {
  const meeting = index.getOf("meeting", meetingId);
  return meeting === undefined ? [] : partiesOf(index, meeting);
}

/**
 * {@link meetingParties} of a meeting record (also one whose id another record took first).
 *
 * @internal
 */
export function partiesOf(index: DatasetIndex, meeting: Meeting): readonly MeetingParty[] {
  let cache = partiesCache.get(index);
  if (cache === undefined) {
    cache = new Map();
    partiesCache.set(index, cache);
  }
  let parties = cache.get(meeting);
  if (parties === undefined) {
    parties = computeParties(index, meeting);
    cache.set(meeting, parties);
  }
  return parties;
}

/**
 * The meetings (records, in input order) at which each actor is a party or represented by one,
 * built once per index.
 *
 * @internal
 */
export function meetingsByParty(index: DatasetIndex): ReadonlyMap<string, readonly Meeting[]> {
  let byParty = meetingsCache.get(index);
  if (byParty === undefined) {
    byParty = new Map();
    for (const meeting of index.ofType("meeting")) {
      const ids = new Set<string>();
      for (const party of partiesOf(index, meeting)) {
        ids.add(party.actorId);
        for (const id of party.represents) ids.add(id);
      }
      for (const id of ids) {
        const list = byParty.get(id);
        if (list) list.push(meeting);
        else byParty.set(id, [meeting]);
      }
    }
    meetingsCache.set(index, byParty);
  }
  return byParty;
}

function computeParties(index: DatasetIndex, meeting: Meeting): MeetingParty[] {
  const chain = meetingChain(index, meeting);
  const date = chain.find((m) => m.date !== undefined)?.date;
  const byActor = new Map<
    string,
    { participant: Participant; listedIn: string; queue: string[] }
  >();
  for (const m of chain) {
    for (const participant of m.participants) {
      let entry = byActor.get(participant.actor);
      if (entry === undefined) {
        entry = { participant, listedIn: m.id, queue: [] };
        addSeeds(index, participant.actor, date, entry.queue);
        byActor.set(participant.actor, entry);
      }
      if (participant.representing !== undefined) entry.queue.push(participant.representing);
    }
  }
  return [...byActor].map(([actorId, { participant, listedIn, queue }]) => {
    const found = new Set<string>();
    closeOver(index, queue, found);
    found.delete(actorId);
    return { actorId, participant, listedIn, represents: [...found] };
  });
}

/**
 * Whether an actor is at a meeting under the {@link meetingParties} rule: as a party, or
 * represented by one.
 *
 * @param index - The dataset index.
 * @param meetingId - The meeting's id.
 * @param actorId - The actor's id.
 * @returns `true` when some party is the actor or stands for it.
 * @example
 * ```ts
 * isAtMeeting(index, "yellen-china-visit-2024-04", "china"); // true: the Chinese government hosts
 * ```
 */
export function isAtMeeting(index: DatasetIndex, meetingId: string, actorId: string): boolean {
  const meeting = index.getOf("meeting", meetingId);
  return meeting !== undefined && isPartyTo(index, meeting, actorId);
}

/**
 * {@link isAtMeeting} for a meeting record.
 *
 * @internal
 */
export function isPartyTo(index: DatasetIndex, meeting: Meeting, actorId: string): boolean {
  return partiesOf(index, meeting).some(
    (party) => party.actorId === actorId || party.represents.includes(actorId),
  );
}
