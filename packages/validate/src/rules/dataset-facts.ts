/**
 * What the cross-record rules see of the dataset: records by id and shape, their references, and
 * the few facts the rules read (meetings' dates, statuses, citations and capacities; persons'
 * offices; sources' publication dates), as named fields. The index behind it keeps them compactly
 * (record values are never kept); these objects are made as the rules walk them.
 *
 * @module
 */
import type { MeetingStatus, PartialDate, RecordShape } from "@statecraft/core";
import type { DecodedTarget } from "../internal/target-code.js";

/**
 * The shape of a record in the index: core's `RecordShape`, or `actor` for an actor whose `kind`
 * is unknown (it failed the schemas, but keeps its id so references to it resolve).
 */
export type IndexedShape = RecordShape | "actor";

/** A record as the cross-record rules see it. */
export interface RecordFacts {
  /** Its place among all the records read, from 0, in reading order: findings name it. */
  readonly number: number;
  /** Its id. */
  readonly id: string;
  /** Its shape: an actor kind, or another record type (`actor` when its kind is unknown). */
  readonly shape: IndexedShape;
  /** Whether no record read before it has its id (a later one is a duplicate). */
  readonly firstWithId: boolean;
}

/** A reference a record makes. */
export interface ReferenceFacts {
  /** Its place among the record's references, as core's `recordReferences` lists them. */
  readonly ordinal: number;
  /** The id it names. */
  readonly id: string;
  /** What it must resolve to. */
  readonly target: DecodedTarget;
  /** The shape of the first record with that id, or `undefined` when no record has it. */
  readonly resolved: IndexedShape | undefined;
}

/** An office of a person. */
export interface OfficeFacts {
  /** Its title, as written. */
  readonly title: string;
  /** When it was taken up, parsed (its `text` is as written); absent when not stated. */
  readonly start: PartialDate | undefined;
  /** Its last day, parsed (inclusive); absent while it is held. */
  readonly end: PartialDate | undefined;
  /** Its standard role; absent when not stated. */
  readonly role?: string | undefined;
  /** Its other titles; absent when it has none. */
  readonly alternateTitles?: readonly string[] | undefined;
}

/** A person (an actor of kind `person`) that passed the schemas. */
export interface PersonFacts extends RecordFacts {
  /** Its offices, in record order; empty when it lists none. */
  readonly offices: readonly OfficeFacts[];
}

/** A source that passed the schemas. */
export interface SourceFacts extends RecordFacts {
  /** When it was published, parsed; absent when not stated. */
  readonly published: PartialDate | undefined;
}

/** A participant of a meeting who is stated to act in a capacity. */
export interface CapacityFacts {
  /** The participant's index in the meeting's `participants`. */
  readonly participant: number;
  /** The capacity, as written. */
  readonly capacity: string;
  /** The person the participant's `actor` names, when its first record is a person that passed the schemas. */
  readonly person: PersonFacts | undefined;
}

/** A meeting that passed the schemas. */
export interface MeetingFacts extends RecordFacts {
  /** Its status. */
  readonly status: MeetingStatus;
  /** When it takes place, parsed; absent when not stated. */
  readonly date: PartialDate | undefined;
  /**
   * The sources it cites (its `sources`) that are sources of the dataset (the first record with
   * the id is a source that passed the schemas), in citation order.
   */
  citations(): readonly SourceFacts[];
  /** Its participants that state a `capacity`, in participant order. */
  capacities(): readonly CapacityFacts[];
  /**
   * The meetings it is part of (its `parent`, then its `partOf`) whose first record with the id
   * is a meeting that passed the schemas.
   */
  containers(): readonly MeetingFacts[];
}

/**
 * The dataset, for the cross-record rules.
 *
 * @example
 * ```ts
 * import { officesHeldOn } from "@statecraft/core";
 * import type { DatasetFacts } from "./dataset-facts.js";
 *
 * function check(facts: DatasetFacts): void {
 *   for (const meeting of facts.meetings())
 *     for (const { person, capacity } of meeting.capacities())
 *       if (person && meeting.date) officesHeldOn(person.offices, meeting.date);
 * }
 * ```
 */
export interface DatasetFacts {
  /**
   * Every record read (whether or not it passed the schemas), in reading order. The object
   * yielded may be reused for the next record: read what you need from it before stepping on.
   */
  records(): Iterable<RecordFacts>;
  /**
   * The references a record makes, in `recordReferences` order. The object yielded may be reused
   * for the next reference: read what you need from it before stepping on.
   */
  references(record: RecordFacts): Iterable<ReferenceFacts>;
  /** Whether any record (itself included) makes a reference to this record's id. */
  isReferenced(record: RecordFacts): boolean;
  /** The meetings that passed the schemas, in reading order. */
  meetings(): Iterable<MeetingFacts>;
}
