import {
  MEETING_STATUSES,
  type MeetingStatus,
  type PartialDate,
  safeParsePartialDate,
} from "@statecraft/core";
import type {
  CapacityFacts,
  DatasetFacts,
  IndexedShape,
  MeetingFacts,
  OfficeFacts,
  PersonFacts,
  RecordFacts,
  ReferenceFacts,
  SourceFacts,
} from "../rules/dataset-facts.js";
import type { RecordPlace } from "./engine.js";
import { Interner } from "./interner.js";
import { FloatList, IntList } from "./number-list.js";
import type { RecordSummary } from "./record-summary.js";
import { type DecodedTarget, decodeTarget } from "./target-code.js";

/** The record shapes, in the order of their stored numbers. */
const SHAPES: readonly IndexedShape[] = [
  "person",
  "state",
  "organization",
  "meeting",
  "issue",
  "tariff",
  "source",
  "actor",
];

/** Stored where there is nothing: no record with an id, no string, no facts. */
const NONE = -1;
/** Entries per office in `#offices`. */
const OFFICE_ENTRIES = 5;
/** Joins an office's alternate titles into one interned string (titles are single-line text). */
const TITLE_SEPARATOR = "\u001f";

/**
 * The cross-record index: every id, every record's place (file, line, byte offset or pointer),
 * every reference, and the few facts the rules need (meeting dates, statuses, citations and
 * capacities; persons' offices; sources' publication dates) — all in typed arrays, with repeated
 * strings (titles, dates) interned and each distinct date parsed once. Memory follows the number
 * of ids and references, not the size of the files; record values are never kept.
 *
 * The rules read it as {@link DatasetFacts}: objects with named fields, made as they walk it.
 */
export class RecordTable implements DatasetFacts {
  /** id <-> id number. */
  readonly #ids = new Interner();
  /** id number -> first record with that id, or NONE. */
  readonly #firstRecord = new IntList();

  // Records, by record number.
  readonly #recordId = new IntList();
  readonly #file = new IntList();
  readonly #line = new IntList();
  readonly #shape = new IntList();
  readonly #offset = new FloatList();
  /** The record's pointer in its file (documents only; NDJSON records share ``). */
  readonly #base: string[] = [];
  /** Index of the record's first reference; its references run to the next record's first. */
  readonly #refStart = new IntList();
  /** The record's slot among the facts of its shape, or NONE (it failed the schemas). */
  readonly #slot = new IntList();

  /** References, two entries each: the id number, the target code. */
  readonly #refs = new IntList();

  /** Interned strings of the facts (titles, capacities, dates). */
  readonly #strings = new Interner();
  /** String number -> the string (the interner only finds numbers). */
  readonly #stringList: string[] = [];
  /** String number -> the date it writes (`null`: not a date), parsed once per distinct string. */
  readonly #dates: (PartialDate | null | undefined)[] = [];

  // Meetings, by slot.
  readonly #meetingStatus = new IntList();
  /** String number of the date, or NONE. */
  readonly #meetingDate = new IntList();
  /** Slot -> its first citation in `#cites`. */
  readonly #citeStart = new IntList();
  /** Cited id numbers. */
  readonly #cites = new IntList();
  /** Slot -> its first containing meeting in `#within`. */
  readonly #withinStart = new IntList();
  /** Id numbers of the meetings each meeting is part of (`parent`, then `partOf`). */
  readonly #within = new IntList();
  /** Slot -> its first capacity in `#capacities`. */
  readonly #capacityStart = new IntList();
  /** Capacities, three entries each: actor id number, capacity string number, participant index. */
  readonly #capacities = new IntList();

  // Persons with offices, by slot.
  /** Slot -> its first office in `#offices`. */
  readonly #officeStart = new IntList();
  /**
   * Offices, five entries each: title, start, end, role and alternate titles (joined by
   * {@link TITLE_SEPARATOR}) string numbers (NONE when absent).
   */
  readonly #offices = new IntList();

  // Sources, by slot.
  /** String number of the publication date, or NONE. */
  readonly #published = new IntList();

  /** The persons the rules asked for, by slot (a participant's person is asked for at each meeting). */
  readonly #persons: (PersonFacts | undefined)[] = [];

  /** Ids referenced anywhere, by id number (made on first use, after every record is added). */
  #referenced: Uint8Array | undefined;

  /** Called for a second record with an id already taken: (record number, first record number). */
  onDuplicate: (record: number, first: number) => void = () => {};

  /** The number of records. */
  get size(): number {
    return this.#recordId.length;
  }

  /** Adds a record's summary from a file; returns its record number. */
  add(summary: RecordSummary, file: number): number {
    const record = this.size;
    const idNum = this.#intern(summary.id);
    this.#recordId.push(idNum);
    this.#file.push(file);
    this.#line.push(summary.line);
    this.#shape.push(SHAPES.indexOf(summary.shape as IndexedShape));
    this.#offset.push(summary.offset);
    this.#base.push(summary.base);
    const firstRef = this.#refs.length / 2;
    this.#refStart.push(firstRef);
    const first = this.#firstRecord.get(idNum);
    if (first === NONE) this.#firstRecord.set(idNum, record);
    else this.onDuplicate(record, first);
    const refs = summary.refs;
    for (let i = 0; i < refs.length; i += 2) {
      this.#refs.push(this.#intern(refs[i] as string));
      this.#refs.push(refs[i + 1] as number);
    }
    this.#slot.push(summary.valid ? this.#addFacts(summary, firstRef) : NONE);
    this.#referenced = undefined;
    return record;
  }

  /** The id of a record. */
  id(record: number): string {
    return this.#ids.name(this.#recordId.get(record));
  }

  /** The file (its number) a record was read from. */
  file(record: number): number {
    return this.#file.get(record);
  }

  /** Where a record is in its file. */
  place(record: number): RecordPlace {
    return {
      offset: this.#offset.get(record),
      line: this.#line.get(record),
      base: this.#base[record]!,
    };
  }

  /** Every distinct id whose first record has one of these shapes. */
  *idsOfShapes(shapes: ReadonlySet<string>): Generator<string> {
    for (let n = 0; n < this.#ids.size; n++) {
      const record = this.#firstRecord.get(n);
      if (record !== NONE && shapes.has(this.shapeOf(record))) yield this.#ids.name(n);
    }
  }

  /** Every record; one object walks them all (read it before the next step). */
  *records(): Generator<RecordFacts> {
    const cursor = new RecordCursor(this);
    for (let record = 0; record < this.size; record++) {
      cursor.number = record;
      yield cursor;
    }
  }

  /** A record's references; one object walks them all (read it before the next step). */
  *references(record: RecordFacts): Generator<ReferenceFacts> {
    const start = this.#refStart.get(record.number);
    const end =
      record.number + 1 < this.size ? this.#refStart.get(record.number + 1) : this.#refs.length / 2;
    const cursor = new ReferenceCursor(this, start);
    for (let ref = start; ref < end; ref++) {
      cursor.ref = ref;
      yield cursor;
    }
  }

  /** The id number a reference names. */
  referenceId(ref: number): number {
    return this.#refs.get(ref * 2);
  }

  /** What a reference must resolve to. */
  referenceTarget(ref: number): DecodedTarget {
    return decodeTarget(this.#refs.get(ref * 2 + 1));
  }

  /** The shape of the first record with an id number, or `undefined` when none has it. */
  shapeOfId(idNum: number): IndexedShape | undefined {
    const first = this.#firstRecord.get(idNum);
    return first === NONE ? undefined : this.shapeOf(first);
  }

  /** The id with an id number. */
  idName(idNum: number): string {
    return this.#ids.name(idNum);
  }

  /** The shape of a record. */
  shapeOf(record: number): IndexedShape {
    return SHAPES[this.#shape.get(record)]!;
  }

  /** Whether no record before this one has its id. */
  isFirstWithId(record: number): boolean {
    return this.#firstRecord.get(this.#recordId.get(record)) === record;
  }

  isReferenced(record: RecordFacts): boolean {
    if (!this.#referenced) {
      this.#referenced = new Uint8Array(this.#ids.size);
      for (let i = 0; i < this.#refs.length; i += 2) this.#referenced[this.#refs.get(i)] = 1;
    }
    return this.#referenced[this.#recordId.get(record.number)] === 1;
  }

  *meetings(): Generator<MeetingFacts> {
    for (let record = 0; record < this.size; record++) {
      const slot = this.#slot.get(record);
      if (slot !== NONE && this.shapeOf(record) === "meeting") yield this.#meeting(record, slot);
    }
  }

  /** The id number of an id, allocating one for an id not seen yet. */
  #intern(id: string): number {
    const n = this.#ids.intern(id);
    if (n === this.#firstRecord.length) this.#firstRecord.push(NONE);
    return n;
  }

  /** The string number of a fact string, or NONE for `undefined`. */
  #string(text: string | undefined): number {
    if (text === undefined) return NONE;
    const n = this.#strings.intern(text);
    if (n === this.#stringList.length) this.#stringList.push(text);
    return n;
  }

  /** The date a fact string writes, parsed once per distinct string; `undefined` for NONE or not a date. */
  #date(n: number): PartialDate | undefined {
    if (n === NONE) return undefined;
    let date = this.#dates[n];
    if (date === undefined) {
      const parsed = safeParsePartialDate(this.#stringList[n]!);
      date = parsed.success ? parsed.data : null;
      this.#dates[n] = date;
    }
    return date ?? undefined;
  }

  /** Adds the facts of a record that passed the schemas, whose references start at `firstRef`. */
  #addFacts(summary: RecordSummary, firstRef: number): number {
    switch (summary.shape) {
      case "meeting": {
        const slot = this.#meetingStatus.length;
        this.#meetingStatus.push(MEETING_STATUSES.indexOf(summary.status as MeetingStatus));
        this.#meetingDate.push(this.#string(summary.date));
        this.#citeStart.push(this.#cites.length);
        for (const ordinal of summary.cites ?? [])
          this.#cites.push(this.#refId(firstRef + ordinal));
        this.#withinStart.push(this.#within.length);
        for (const ordinal of summary.within ?? [])
          this.#within.push(this.#refId(firstRef + ordinal));
        this.#capacityStart.push(this.#capacities.length / 3);
        for (const [actor, capacity, participant] of summary.capacities ?? []) {
          this.#capacities.push(this.#refId(firstRef + actor));
          this.#capacities.push(this.#string(capacity));
          this.#capacities.push(participant);
        }
        return slot;
      }
      case "person": {
        const slot = this.#officeStart.length;
        this.#officeStart.push(this.#offices.length / OFFICE_ENTRIES);
        for (const office of summary.offices ?? []) {
          this.#offices.push(this.#string(office.title));
          this.#offices.push(this.#string(office.start));
          this.#offices.push(this.#string(office.end));
          this.#offices.push(this.#string(office.role));
          this.#offices.push(this.#string(office.alternateTitles?.join(TITLE_SEPARATOR)));
        }
        return slot;
      }
      case "source": {
        const slot = this.#published.length;
        this.#published.push(this.#string(summary.published));
        return slot;
      }
      default:
        return NONE;
    }
  }

  /** The id number of a reference. */
  #refId(ref: number): number {
    return this.#refs.get(ref * 2);
  }

  /** The run [start, end) of a slot in a list of `total` items whose slots start at `starts`. */
  static #run(starts: IntList, slot: number, total: number): [number, number] {
    return [starts.get(slot), slot + 1 < starts.length ? starts.get(slot + 1) : total];
  }

  #meeting(record: number, slot: number): MeetingFacts {
    return new MeetingView(
      this,
      record,
      slot,
      this.isFirstWithId(record),
      MEETING_STATUSES[this.#meetingStatus.get(slot)]!,
      this.#date(this.#meetingDate.get(slot)),
    );
  }

  /** The cited sources of the meeting in this slot (see `MeetingFacts.citations`). */
  citationsOf(slot: number): SourceFacts[] {
    const [start, end] = RecordTable.#run(this.#citeStart, slot, this.#cites.length);
    const sources: SourceFacts[] = [];
    for (let i = start; i < end; i++) {
      const record = this.#firstRecord.get(this.#cites.get(i));
      if (record === NONE || this.shapeOf(record) !== "source") continue;
      const slot = this.#slot.get(record);
      if (slot === NONE) continue;
      sources.push(new SourceView(this, record, this.#date(this.#published.get(slot))));
    }
    return sources;
  }

  /** The meetings the meeting in this slot is part of (see `MeetingFacts.containers`). */
  containersOf(slot: number): MeetingFacts[] {
    const [start, end] = RecordTable.#run(this.#withinStart, slot, this.#within.length);
    const meetings: MeetingFacts[] = [];
    for (let i = start; i < end; i++) {
      const record = this.#firstRecord.get(this.#within.get(i));
      if (record === NONE || this.shapeOf(record) !== "meeting") continue;
      const other = this.#slot.get(record);
      if (other !== NONE) meetings.push(this.#meeting(record, other));
    }
    return meetings;
  }

  /** The capacities of the meeting in this slot (see `MeetingFacts.capacities`). */
  capacitiesOf(slot: number): CapacityFacts[] {
    const [start, end] = RecordTable.#run(this.#capacityStart, slot, this.#capacities.length / 3);
    const capacities: CapacityFacts[] = [];
    for (let i = start; i < end; i++) {
      capacities.push({
        participant: this.#capacities.get(i * 3 + 2),
        capacity: this.#stringList[this.#capacities.get(i * 3 + 1)]!,
        person: this.#person(this.#firstRecord.get(this.#capacities.get(i * 3))),
      });
    }
    return capacities;
  }

  /** The person a record is, when it is a person that passed the schemas (made once, on first use). */
  #person(record: number): PersonFacts | undefined {
    if (record === NONE || this.shapeOf(record) !== "person") return undefined;
    const slot = this.#slot.get(record);
    if (slot === NONE) return undefined;
    let person = this.#persons[slot];
    if (person === undefined) {
      person = this.#makePerson(record, slot);
      this.#persons[slot] = person;
    }
    return person;
  }

  #makePerson(record: number, slot: number): PersonFacts {
    const offices: OfficeFacts[] = [];
    const [start, end] = RecordTable.#run(
      this.#officeStart,
      slot,
      this.#offices.length / OFFICE_ENTRIES,
    );
    for (let o = start; o < end; o++) {
      const at = o * OFFICE_ENTRIES;
      const role = this.#offices.get(at + 3);
      const titles = this.#offices.get(at + 4);
      offices.push({
        title: this.#stringList[this.#offices.get(at)]!,
        start: this.#date(this.#offices.get(at + 1)),
        end: this.#date(this.#offices.get(at + 2)),
        role: role === NONE ? undefined : this.#stringList[role],
        alternateTitles:
          titles === NONE ? undefined : this.#stringList[titles]!.split(TITLE_SEPARATOR),
      });
    }
    return new PersonView(this, record, offices);
  }
}

/** A record of a {@link RecordTable}, as the rules see it; its id is read when asked for. */
class RecordView implements RecordFacts {
  readonly #table: RecordTable;
  readonly number: number;
  readonly shape: IndexedShape;
  readonly firstWithId: boolean;

  constructor(table: RecordTable, number: number, shape: IndexedShape, firstWithId: boolean) {
    this.#table = table;
    this.number = number;
    this.shape = shape;
    this.firstWithId = firstWithId;
  }

  get id(): string {
    return this.#table.id(this.number);
  }
}

/** A meeting of a {@link RecordTable}; its citations and capacities are read when walked. */
class MeetingView extends RecordView implements MeetingFacts {
  readonly #table: RecordTable;
  /** The meeting's slot among the table's meetings. */
  readonly #slot: number;
  readonly status: MeetingStatus;
  readonly date: PartialDate | undefined;

  constructor(
    table: RecordTable,
    number: number,
    slot: number,
    firstWithId: boolean,
    status: MeetingStatus,
    date: PartialDate | undefined,
  ) {
    super(table, number, "meeting", firstWithId);
    this.#table = table;
    this.#slot = slot;
    this.status = status;
    this.date = date;
  }

  citations(): readonly SourceFacts[] {
    return this.#table.citationsOf(this.#slot);
  }

  capacities(): readonly CapacityFacts[] {
    return this.#table.capacitiesOf(this.#slot);
  }

  containers(): readonly MeetingFacts[] {
    return this.#table.containersOf(this.#slot);
  }
}

/** A source of a {@link RecordTable} (the first record with its id). */
class SourceView extends RecordView implements SourceFacts {
  readonly published: PartialDate | undefined;

  constructor(table: RecordTable, number: number, published: PartialDate | undefined) {
    super(table, number, "source", true);
    this.published = published;
  }
}

/** A person of a {@link RecordTable} (the first record with its id). */
class PersonView extends RecordView implements PersonFacts {
  readonly offices: readonly OfficeFacts[];

  constructor(table: RecordTable, number: number, offices: readonly OfficeFacts[]) {
    super(table, number, "person", true);
    this.offices = offices;
  }
}

/** Walks the records of a {@link RecordTable}: the record it stands for is `number`. */
class RecordCursor implements RecordFacts {
  readonly #table: RecordTable;
  number = 0;

  constructor(table: RecordTable) {
    this.#table = table;
  }

  get id(): string {
    return this.#table.id(this.number);
  }

  get shape(): IndexedShape {
    return this.#table.shapeOf(this.number);
  }

  get firstWithId(): boolean {
    return this.#table.isFirstWithId(this.number);
  }
}

/** Walks the references of one record of a {@link RecordTable}: the one it stands for is `ref`. */
class ReferenceCursor implements ReferenceFacts {
  readonly #table: RecordTable;
  /** The record's first reference. */
  readonly #start: number;
  ref: number;

  constructor(table: RecordTable, start: number) {
    this.#table = table;
    this.#start = start;
    this.ref = start;
  }

  get ordinal(): number {
    return this.ref - this.#start;
  }

  get id(): string {
    return this.#table.idName(this.#table.referenceId(this.ref));
  }

  get target(): DecodedTarget {
    return this.#table.referenceTarget(this.ref);
  }

  get resolved(): IndexedShape | undefined {
    return this.#table.shapeOfId(this.#table.referenceId(this.ref));
  }
}
