/**
 * A dataset made ready for the views, once, when it is loaded: its records with lookups by id
 * and type, its meetings in timeline order (a trip's legs under the trip), and, per meeting and
 * tariff, the actors and issues the filters look for. {@link prepareRecords} does the costly part
 * (core's index, the timeline order, the issues each meeting raises) — in the dataset worker for
 * the user's files, so the page never waits on it — and {@link PreparedDataset} puts the
 * prepared records back together on the page, one chunk at a time.
 */
import {
  dateBounds,
  type Meeting,
  type RecordTypeMap,
  recordReferences,
  type StatecraftRecord,
} from "@statecraft/core";

/**
 * The lookups the views use: a subset of core's `DatasetIndex` (which satisfies it), so that the
 * page needs no reference index of its own.
 */
export interface DataIndex {
  readonly records: readonly StatecraftRecord[];
  get(id: string): StatecraftRecord | undefined;
  getOf<T extends keyof RecordTypeMap>(type: T, id: string): RecordTypeMap[T] | undefined;
  has(id: string): boolean;
  ofType<T extends keyof RecordTypeMap>(type: T): readonly RecordTypeMap[T][];
}

/** A record with what the filters need to know about it, computed once. */
export interface PreparedRecord {
  readonly record: StatecraftRecord;
  /**
   * A meeting: its participants and whom they represent. A tariff: every id it refers to.
   * Absent for other records.
   */
  readonly actors?: readonly string[];
  /** A meeting: the issues it raises (a trip raises what its legs raise). */
  readonly issues?: readonly string[];
  /** A meeting: how deep it sits under trips (0 for a meeting with no parent on show). */
  readonly depth?: number;
  /** A meeting: the earliest and latest instant its date may mean (epoch ms; absent undated). */
  readonly bounds?: Bounds;
}

/** The bounds of a date, as epoch ms; infinite for open ends. */
export interface Bounds {
  readonly earliest: number;
  readonly latest: number;
}

/** What the filters know about a meeting. */
export interface MeetingFacts {
  /** Its participants and whom they represent, each once. */
  readonly actors: readonly string[];
  readonly issues: readonly string[];
  readonly depth: number;
  /** The bounds of its date; `undefined` when it has none. */
  readonly bounds: Bounds | undefined;
  /** The year (UTC) it starts in, or ends in when its start is open; `undefined` undated. */
  readonly year: number | undefined;
  /** The month (1–12, UTC) it starts in; `undefined` when its start is open or it is undated. */
  readonly month: number | undefined;
}

/** Sort key of a meeting: its earliest and latest instant, undated last. */
function dateKey(meeting: Meeting): [number, number] {
  if (meeting.date === undefined) return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const bounds = dateBounds(meeting.date);
  return [bounds.earliest, bounds.latest];
}

/** Meetings in date order, each trip's legs right after the trip, with their depth. */
function nest(
  meetings: readonly Meeting[],
  children: ReadonlyMap<string, Meeting[]>,
  keys: ReadonlyMap<string, [number, number]>,
): { meeting: Meeting; depth: number }[] {
  const sorted = [...meetings].sort((a, b) => {
    const [ka, kb] = [keys.get(a.id)!, keys.get(b.id)!];
    return ka[0] - kb[0] || ka[1] - kb[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const ids = new Set(sorted.map((m) => m.id));
  const out: { meeting: Meeting; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (meeting: Meeting, depth: number) => {
    if (seen.has(meeting.id)) return;
    seen.add(meeting.id);
    out.push({ meeting, depth });
    const legs = [...(children.get(meeting.id) ?? [])].sort((a, b) => {
      const [ka, kb] = [keys.get(a.id)!, keys.get(b.id)!];
      return ka[0] - kb[0] || ka[1] - kb[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    for (const child of legs) visit(child, depth + 1);
  };
  for (const meeting of sorted) {
    if (meeting.parent === undefined || !ids.has(meeting.parent)) visit(meeting, 0);
  }
  // Meetings in a parent cycle have no root: show them flat rather than lose them.
  for (const meeting of sorted) visit(meeting, 0);
  return out;
}

/**
 * Prepares records for the views: other records first, in the order given, then the meetings in
 * timeline order, with the actors and issues of each meeting and tariff.
 *
 * @example
 * ```ts
 * const prepared = prepareRecords(records);
 * const dataset = new PreparedDataset();
 * dataset.add(prepared);
 * dataset.meetings.length;
 * ```
 */
export function prepareRecords(records: readonly StatecraftRecord[]): PreparedRecord[] {
  const out: PreparedRecord[] = [];
  const meetings: Meeting[] = [];
  for (const record of records) {
    if (record.type === "meeting") meetings.push(record);
    else if (record.type === "tariff") {
      out.push({ record, actors: [...new Set(recordReferences(record).map((r) => r.id))] });
    } else out.push({ record });
  }
  // The first record of an id wins, as in core's index (duplicates are validation errors).
  const byId = new Map<string, Meeting>();
  for (const meeting of meetings) if (!byId.has(meeting.id)) byId.set(meeting.id, meeting);
  const children = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    if (meeting.parent === undefined || !byId.has(meeting.parent)) continue;
    const list = children.get(meeting.parent);
    if (list) list.push(meeting);
    else children.set(meeting.parent, [meeting]);
  }
  const keys = new Map(meetings.map((m) => [m.id, dateKey(m)]));
  // The issues a meeting raises: on its agenda, in its outcomes, and those its legs raise
  // (core's `issuesRaised`, computed once per meeting without an index).
  const raised = new Map<string, Set<string>>();
  const issuesOf = (meeting: Meeting, seen: Set<string>): Set<string> => {
    const done = raised.get(meeting.id);
    if (done) return done;
    const ids = new Set<string>();
    if (seen.has(meeting.id)) return ids;
    seen.add(meeting.id);
    for (const item of meeting.agenda ?? []) ids.add(item.issue);
    for (const outcome of meeting.outcomes ?? [])
      for (const id of outcome.issues ?? []) ids.add(id);
    for (const child of children.get(meeting.id) ?? [])
      for (const id of issuesOf(child, seen)) ids.add(id);
    raised.set(meeting.id, ids);
    return ids;
  };
  const issueIds = new Set(records.filter((r) => r.type === "issue").map((r) => r.id));
  for (const { meeting, depth } of nest(meetings, children, keys)) {
    const actors = new Set<string>();
    for (const p of meeting.participants) {
      actors.add(p.actor);
      if (p.representing !== undefined) actors.add(p.representing);
    }
    const issues = [...issuesOf(meeting, new Set())].filter((id) => issueIds.has(id));
    const key = keys.get(meeting.id)!;
    const bounds = meeting.date === undefined ? undefined : { earliest: key[0], latest: key[1] };
    out.push({
      record: meeting,
      actors: [...actors],
      issues,
      depth,
      ...(bounds ? { bounds } : {}),
    });
  }
  return out;
}

/** The dataset on the page: prepared records put back together, with their lookups. */
export class PreparedDataset implements DataIndex {
  readonly records: StatecraftRecord[] = [];
  /** Meetings in timeline order (a trip's legs under the trip). */
  readonly meetings: Meeting[] = [];
  readonly #byId = new Map<string, StatecraftRecord>();
  readonly #byType = new Map<string, StatecraftRecord[]>();
  readonly #facts = new Map<string, MeetingFacts>();
  readonly #tariffActors = new Map<string, ReadonlySet<string>>();
  readonly #meetingsOfActor = new Map<string, Meeting[]>();

  /** Adds a chunk of prepared records (in the order {@link prepareRecords} gives them). */
  add(chunk: readonly PreparedRecord[]): void {
    for (const { record, actors, issues, depth, bounds } of chunk) {
      this.records.push(record);
      if (!this.#byId.has(record.id)) this.#byId.set(record.id, record);
      const list = this.#byType.get(record.type);
      if (list) list.push(record);
      else this.#byType.set(record.type, [record]);
      if (record.type === "meeting") {
        this.meetings.push(record);
        for (const actor of actors ?? []) {
          const list = this.#meetingsOfActor.get(actor);
          if (list) list.push(record);
          else this.#meetingsOfActor.set(actor, [record]);
        }
        const start =
          bounds && Number.isFinite(bounds.earliest) ? new Date(bounds.earliest) : undefined;
        const end = bounds && Number.isFinite(bounds.latest) ? new Date(bounds.latest) : undefined;
        this.#facts.set(record.id, {
          actors: actors ?? [],
          issues: issues ?? [],
          depth: depth ?? 0,
          bounds,
          year: (start ?? end)?.getUTCFullYear(),
          month: start === undefined ? undefined : start.getUTCMonth() + 1,
        });
      } else if (record.type === "tariff") this.#tariffActors.set(record.id, new Set(actors));
    }
  }

  get(id: string): StatecraftRecord | undefined {
    return this.#byId.get(id);
  }

  getOf<T extends keyof RecordTypeMap>(type: T, id: string): RecordTypeMap[T] | undefined {
    const record = this.#byId.get(id);
    return record?.type === type ? (record as RecordTypeMap[T]) : undefined;
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  ofType<T extends keyof RecordTypeMap>(type: T): readonly RecordTypeMap[T][] {
    return (this.#byType.get(type) ?? []) as RecordTypeMap[T][];
  }

  /** What the filters know about a meeting of the dataset. */
  factsOf(meeting: Meeting): MeetingFacts {
    return (
      this.#facts.get(meeting.id) ?? {
        actors: [],
        issues: [],
        depth: 0,
        bounds: undefined,
        year: undefined,
        month: undefined,
      }
    );
  }

  /** The meetings an actor takes part in or is represented at, in timeline order. */
  meetingsOf(actorId: string): readonly Meeting[] {
    return this.#meetingsOfActor.get(actorId) ?? [];
  }

  /** The ids a tariff refers to. */
  tariffActors(tariffId: string): ReadonlySet<string> {
    return this.#tariffActors.get(tariffId) ?? new Set();
  }
}

/** Prepares records on the page, in one go: for the example and tests. */
export function preparedDataset(records: readonly StatecraftRecord[]): PreparedDataset {
  const dataset = new PreparedDataset();
  dataset.add(prepareRecords(records));
  return dataset;
}
