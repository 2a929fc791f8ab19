import { forEachReference, type StatecraftRecord } from "@statecraft/core";
import { shapeOf } from "./structure.js";
import { targetCode } from "./target-code.js";

/** An office, reduced to what the cross-record rules read. */
export interface OfficeSummary {
  readonly title: string;
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly role: string | undefined;
  readonly alternateTitles: readonly string[] | undefined;
}

/**
 * What the cross-record rules need to know about one record: small, structured-cloneable (it
 * crosses from worker threads), and free of the record's text. Every summary has every field
 * (`undefined` when it does not apply), so that all summaries share one object shape and the
 * index reads them at full speed.
 */
export interface RecordSummary {
  readonly id: string;
  /** `person`, `state`, `organization`, `meeting`, `issue`, `tariff` or `source`. */
  readonly shape: string;
  /** The 1-based line the record starts on. */
  readonly line: number;
  /** NDJSON: the byte offset of the record's line; documents: -1. */
  readonly offset: number;
  /** Documents: the record's JSON Pointer in the file (`/3`, `/actors/0`, or `` for a lone record). */
  readonly base: string;
  /** References, flattened as `[id, targetCode, id, targetCode, ...]`; the n-th pair is the n-th of `recordReferences`. */
  readonly refs: readonly (string | number)[];
  /** Whether the record passed the schemas (only then are the facts below filled in). */
  readonly valid: boolean;
  /** A meeting's status. */
  readonly status: string | undefined;
  /** A meeting's date. */
  readonly date: string | undefined;
  /** A meeting's citations (`sources`): their references' ordinals in `refs` (pair indexes). */
  readonly cites: readonly number[] | undefined;
  /** A meeting's containing meetings (`parent`, `partOf`): their references' ordinals in `refs`. */
  readonly within: readonly number[] | undefined;
  /** A meeting's participants that state a capacity: `[actorRefOrdinal, capacity, participantIndex]`, the actor as its reference's ordinal in `refs`. */
  readonly capacities: readonly (readonly [number, string, number])[] | undefined;
  /** A person's offices. */
  readonly offices: readonly OfficeSummary[] | undefined;
  /** A source's publication date. */
  readonly published: string | undefined;
}

/** The reference fields (as `forEachReference` names them) the summary picks out. */
const POSITION_ACTOR_FIELD = "positions/*/actor";
const POSITION_JOINT_FIELD = "positions/*/jointWith/*";
const CITATION_FIELD = "sources/*/source";
const PARTICIPANT_FIELD = "participants/*/actor";
const PARENT_FIELD = "parent";
const PART_OF_FIELD = "partOf/*";

/**
 * Summarises a record for the cross-record pass.
 *
 * @param value - The record value (valid or not; it must have a string `id` and a known shape).
 * @param valid - Whether it passed the schemas.
 */
export function summarize(
  value: unknown,
  valid: boolean,
  line: number,
  offset: number,
  base: string,
): RecordSummary | undefined {
  // An actor of unknown kind keeps its id (as shape `actor`): references to it then resolve, and
  // only its own kind is reported.
  const shape =
    shapeOf(value) ??
    ((value as { type?: unknown } | null)?.type === "actor" ? "actor" : undefined);
  const id = (value as { id?: unknown } | null)?.id;
  if (shape === undefined || typeof id !== "string") return undefined;
  const refs: (string | number)[] = [];
  // Ordinals of the meeting's citations and participants' actors, so that the table reuses the
  // references' id numbers instead of looking the same ids up again.
  const isMeeting = shape === "meeting";
  const cites: number[] | undefined = isMeeting ? [] : undefined;
  const actors: number[] = [];
  const within: number[] | undefined = isMeeting ? [] : undefined;
  const isIssue = shape === "issue";
  forEachReference(value as Record<string, unknown>, (ref, target, field) => {
    if (cites) {
      if (field === CITATION_FIELD) cites.push(refs.length >> 1);
      else if (field === PARTICIPANT_FIELD) actors.push(refs.length >> 1);
      else if (field === PARENT_FIELD || field === PART_OF_FIELD) within?.push(refs.length >> 1);
    }
    refs.push(
      ref,
      targetCode(
        target,
        isIssue && (field === POSITION_ACTOR_FIELD || field === POSITION_JOINT_FIELD),
      ),
    );
  });
  let status: string | undefined;
  let date: string | undefined;
  let capacities: [number, string, number][] | undefined;
  let offices: OfficeSummary[] | undefined;
  let published: string | undefined;
  const record = value as StatecraftRecord;
  if (valid) {
    if (record.type === "meeting") {
      status = record.status;
      date = record.date;
      // The record is valid: every participant has an actor and every citation a source, so
      // the i-th participant's actor is the i-th participant reference (and so on for citations).
      capacities = [];
      const participants = record.participants;
      for (let i = 0; i < participants.length; i++) {
        const capacity = participants[i]!.capacity;
        if (capacity !== undefined) capacities.push([actors[i]!, capacity, i]);
      }
    } else if (record.type === "source") {
      published = record.published;
    } else if (record.type === "actor" && record.kind === "person" && record.offices) {
      offices = record.offices.map((o) => ({
        title: o.title,
        start: o.start,
        end: o.end,
        role: o.role,
        alternateTitles: o.alternateTitles,
      }));
    }
  }
  return {
    id,
    shape,
    line,
    offset,
    base,
    refs,
    valid,
    status,
    date,
    cites: valid ? cites : undefined,
    within: valid ? within : undefined,
    capacities,
    offices,
    published,
  };
}
