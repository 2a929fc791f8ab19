import { type Actor, actorDisplayName } from "./actor.js";
import type { DatasetIndex } from "./dataset-index.js";
import { dateBounds } from "./date.js";
import type { Meeting, MeetingStatus } from "./meeting.js";
import { compareMeetings } from "./meeting-query.js";
import { type MeetingParty, partiesOf } from "./representation.js";

/** An actor someone met, how often and when. */
export interface Counterpart {
  /** The counterpart's actor id, as listed in the meetings. */
  readonly actorId: string;
  /** The actor record, when the id resolves. */
  readonly actor: Actor | undefined;
  /** The actor's display name ({@link actorDisplayName}), or its id when it does not resolve. */
  readonly name: string;
  /** How many meetings they met in (`meetings.length`). */
  readonly count: number;
  /**
   * The date of the earliest meeting, as written (the smallest earliest bound; on a tie, the
   * smaller latest bound); `undefined` when no meeting is dated.
   */
  readonly first: string | undefined;
  /**
   * The date of the latest meeting, as written (the largest latest bound; on a tie, the larger
   * earliest bound); `undefined` when no meeting is dated.
   */
  readonly last: string | undefined;
  /** The meetings, in date order. */
  readonly meetings: readonly Meeting[];
}

/** Options for {@link counterparts}. */
export interface CounterpartsOptions {
  /**
   * The meeting statuses that count as having met. Default `["held"]`; add `"planned"`,
   * `"expected"` or `"confirmed"` to include meetings still to come.
   */
  readonly status?: readonly MeetingStatus[];
}

const NOT_THERE = new Set(["declined", "absent", "postponed", "cancelled"]);

function stands(party: MeetingParty, actorId: string): boolean {
  return party.actorId === actorId || party.represents.includes(actorId);
}

/**
 * Who met whom: every actor that met `actorId`, with the number of meetings and the first and
 * last date. The rule:
 *
 * - the meetings considered are those whose `status` is in `options.status` (default `held`);
 * - their parties are as {@link meetingParties} gives them (own participants and the parent
 *   meetings' ones), leaving out those whose attendance is `declined`, `absent`, `postponed`
 *   or `cancelled`;
 * - `actorId`'s side is the parties that are `actorId` or stand for it (so a state meets
 *   through its envoys, a government through its ministers), and the meeting counts only if
 *   that side is not empty;
 * - the counterparts are **the actors as listed** of every other party: not what they stand
 *   for, and not those on `actorId`'s side. Asking for a state gives the people and bodies it
 *   met, not the states they stood for.
 *
 * Between two persons the relation is symmetric: if B met A in n meetings, A met B in n.
 * A trip's host is a counterpart in each of its legs, since the legs inherit the trip's parties.
 *
 * @param index - The dataset index.
 * @param actorId - The actor whose counterparts are wanted.
 * @param options - Which meeting statuses count.
 * @returns The counterparts, most meetings first, then by name, then by id.
 * @example
 * ```ts
 * counterparts(index, "antony-blinken").map((c) => `${c.name}: ${c.count}, ${c.first}–${c.last}`);
 * counterparts(index, "usa", { status: ["held", "planned", "expected"] });
 * ```
 */
export function counterparts(
  index: DatasetIndex,
  actorId: string,
  options: CounterpartsOptions = {},
): Counterpart[] {
  const statuses = new Set<MeetingStatus>(options.status ?? ["held"]);
  const met = new Map<string, Meeting[]>();
  for (const meeting of index.ofType("meeting")) {
    if (!statuses.has(meeting.status)) continue;
    const parties = partiesOf(index, meeting).filter(
      (party) => !NOT_THERE.has(party.participant.attendance),
    );
    if (!parties.some((party) => stands(party, actorId))) continue;
    for (const party of parties) {
      if (stands(party, actorId)) continue;
      const list = met.get(party.actorId);
      if (list) list.push(meeting);
      else met.set(party.actorId, [meeting]);
    }
  }
  return [...met]
    .map(([id, meetings]) => toCounterpart(index, id, meetings.sort(compareMeetings)))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.name.localeCompare(b.name, "en") ||
        (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0),
    );
}

function toCounterpart(index: DatasetIndex, actorId: string, meetings: Meeting[]): Counterpart {
  const actor = index.getOf("actor", actorId);
  let first: { date: string; earliest: number; latest: number } | undefined;
  let last: typeof first;
  for (const { date } of meetings) {
    if (date === undefined) continue;
    const bounds = { date, ...dateBounds(date) };
    if (
      first === undefined ||
      bounds.earliest < first.earliest ||
      (bounds.earliest === first.earliest && bounds.latest < first.latest)
    )
      first = bounds;
    if (
      last === undefined ||
      bounds.latest > last.latest ||
      (bounds.latest === last.latest && bounds.earliest > last.earliest)
    )
      last = bounds;
  }
  return {
    actorId,
    actor,
    name: actor ? actorDisplayName(actor) : actorId,
    count: meetings.length,
    first: first?.date,
    last: last?.date,
    meetings,
  };
}
