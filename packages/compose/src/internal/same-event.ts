import {
  type Actor,
  datesOverlap,
  type Meeting,
  type MeetingKind,
  type StatecraftRecord,
} from "@statecraft/core";
import type { Entry } from "./entries.js";
import type { UnionFind } from "./union-find.js";

/** Kinds that may describe one event in two sources; a kind not listed matches only itself. */
const KIND_FAMILIES: readonly (readonly MeetingKind[])[] = [
  ["visit", "state_visit"],
  ["bilateral", "trilateral", "multilateral", "talks", "negotiation", "summit", "conference"],
];

function familyOf(kind: MeetingKind): number {
  return KIND_FAMILIES.findIndex((family) => family.includes(kind));
}

/** Whether two meeting kinds may name the same event. */
export function compatibleKinds(a: MeetingKind, b: MeetingKind): boolean {
  if (a === b) return true;
  const family = familyOf(a);
  return family !== -1 && family === familyOf(b);
}

interface Signature {
  /** The reconciled persons taking part, sorted and joined. */
  readonly persons: string;
  /** The reconciled states involved: state participants, organisations' states, `representing`, the location's state. */
  readonly states: ReadonlySet<string>;
  readonly city: string | undefined;
  readonly state: string | undefined;
}

/** What two meetings must share to be the same event, with actor ids already reconciled. */
export function signature(
  meeting: Meeting,
  resolve: (id: string) => string,
  actorOf: (id: string) => Actor | undefined,
): Signature {
  const persons = new Set<string>();
  const states = new Set<string>();
  for (const participant of meeting.participants ?? []) {
    const id = resolve(participant.actor);
    const actor = actorOf(id);
    if (actor?.kind === "person") persons.add(id);
    else if (actor?.kind === "state") states.add(id);
    else if (actor?.kind === "organization" && actor.jurisdiction !== undefined)
      states.add(resolve(actor.jurisdiction));
    if (participant.representing !== undefined) states.add(resolve(participant.representing));
  }
  const state = meeting.location?.state === undefined ? undefined : resolve(meeting.location.state);
  if (state !== undefined) states.add(state);
  return {
    persons: [...persons].sort().join("\u0000"),
    states,
    city: meeting.location?.city?.toLowerCase(),
    state,
  };
}

function subsetEither(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (!large.has(item)) return false;
  return true;
}

/**
 * How well two meetings of different inputs match as one event: `undefined` when they cannot be
 * the same (other persons, kinds, places or dates), else a score (higher is closer).
 */
export function matchScore(
  a: Meeting,
  sa: Signature,
  b: Meeting,
  sb: Signature,
  sameParent: boolean | undefined,
): number | undefined {
  if (!compatibleKinds(a.kind, b.kind)) return undefined;
  if (sa.persons !== sb.persons) return undefined;
  if (sa.persons === "" && sa.states.size === 0) return undefined;
  if (!subsetEither(sa.states, sb.states)) return undefined;
  if (sa.state !== undefined && sb.state !== undefined && sa.state !== sb.state) return undefined;
  if (sa.city !== undefined && sb.city !== undefined && sa.city !== sb.city) return undefined;
  if (a.date === undefined || b.date === undefined || !datesOverlap(a.date, b.date))
    return undefined;
  if (sameParent === false) return undefined;
  let score = 0;
  if (sa.city === sb.city) score += 2;
  if (sameParent === true) score += 3;
  if (a.kind === b.kind) score += 1;
  return score;
}

/**
 * Joins the meetings of later inputs to the meetings of earlier ones that are the same event,
 * one to one: trips before their legs, each to its best match (ties: the earliest).
 */
export function matchMeetings(
  entries: readonly Entry[],
  sets: UnionFind,
  resolve: (id: string) => string,
  actorOf: (id: string) => Actor | undefined,
  entryOf: (id: string) => number | undefined,
): number {
  const inputs = new Map<number, number[]>();
  entries.forEach((entry, index) => {
    if (entry.record.type !== "meeting") return;
    const list = inputs.get(entry.input) ?? [];
    list.push(index);
    inputs.set(entry.input, list);
  });
  const signatures = new Map<number, Signature>();
  const sig = (index: number): Signature => {
    let s = signatures.get(index);
    if (s === undefined) {
      s = signature(entries[index]!.record as Meeting, resolve, actorOf);
      signatures.set(index, s);
    }
    return s;
  };
  const depth = (record: StatecraftRecord): number => {
    let d = 0;
    let current = record as Meeting;
    const seen = new Set<string>();
    while (current.parent !== undefined && !seen.has(current.parent) && d < 64) {
      seen.add(current.parent);
      const parent = entryOf(current.parent);
      if (parent === undefined) break;
      current = entries[parent]!.record as Meeting;
      d++;
    }
    return d;
  };
  const pool = new Map<string, number[]>();
  const poolKey = (s: Signature): string =>
    s.persons !== "" ? `p:${s.persons}` : `s:${[...s.states].sort().join("\u0000")}`;
  let matched = 0;
  for (const input of [...inputs.keys()].sort((x, y) => x - y)) {
    const own = inputs.get(input)!;
    if (pool.size > 0) {
      // Meetings with an id an earlier input has are that input's meeting already.
      const taken = new Set<number>();
      const free: number[] = [];
      for (const index of own) {
        const root = sets.find(index);
        if (entries[root]!.input < input) taken.add(root);
        else free.push(index);
      }
      const order = free
        .map((index) => ({ index, depth: depth(entries[index]!.record) }))
        .sort((x, y) => x.depth - y.depth || x.index - y.index);
      for (const { index } of order) {
        const meeting = entries[index]!.record as Meeting;
        const s = sig(index);
        let best: { index: number; score: number } | undefined;
        for (const candidate of pool.get(poolKey(s)) ?? []) {
          const root = sets.find(candidate);
          if (taken.has(root) || root === sets.find(index)) continue;
          const other = entries[candidate]!.record as Meeting;
          let sameParent: boolean | undefined;
          if (meeting.parent !== undefined && other.parent !== undefined) {
            const p1 = entryOf(meeting.parent);
            const p2 = entryOf(other.parent);
            sameParent =
              p1 !== undefined && p2 !== undefined ? sets.find(p1) === sets.find(p2) : undefined;
          }
          const score = matchScore(other, sig(candidate), meeting, s, sameParent);
          if (score !== undefined && (best === undefined || score > best.score))
            best = { index: candidate, score };
        }
        if (best !== undefined) {
          taken.add(sets.find(best.index));
          sets.union(best.index, index);
          matched++;
        }
      }
    }
    for (const index of own) {
      const key = poolKey(sig(index));
      const list = pool.get(key) ?? [];
      list.push(index);
      pool.set(key, list);
    }
  }
  return matched;
}
