import { dateBounds, MEETING_STATUSES } from "@statecraft/core";
import { Interner } from "./interner.js";
import { FloatList, IntList } from "./number-list.js";
import type { RecordSummary } from "./summary.js";

type DateBounds = ReturnType<typeof dateBounds>;

export const SHAPES = [
  "person",
  "state",
  "organization",
  "meeting",
  "issue",
  "tariff",
  "source",
] as const;

/** A date's bounds, or `undefined` when it is not a (valid) date. */
function bounds(date: string): DateBounds | undefined {
  try {
    return dateBounds(date);
  } catch {
    return undefined;
  }
}

/**
 * The cross-record index: every id, every record's place (file, line, byte offset or pointer),
 * every reference, and the few facts the rules need (meeting dates, statuses, citations and
 * capacities; persons' offices; sources' publication dates) — all in typed arrays, with repeated
 * strings (titles, dates) interned. Memory follows the number of ids and references, not the
 * size of the files; record values are never kept.
 */
export class RecordTable {
  /** id <-> id number. */
  readonly #ids = new Interner();
  /** id number -> first record with that id, or -1. */
  readonly idRecord = new IntList();

  readonly recId = new IntList();
  readonly recFile = new IntList();
  readonly recLine = new IntList();
  readonly recShape = new IntList();
  /** Whether the record passed the schemas (1) or not (0). */
  readonly recValid = new IntList();
  readonly recOffset = new FloatList();
  /** Record number -> pointer in its file (documents only; NDJSON records share ``). */
  readonly recBase: string[] = [];
  /** Record number -> index of its first reference in `refs` (pairs); its references run to the next record's. */
  readonly recRefStart = new IntList();
  /** References as pairs: id number, target code. A reference's ordinal is its place in its record's run. */
  readonly refs = new IntList();
  /** Record number -> slot in the facts arrays of its shape, or -1. */
  readonly recSlot = new IntList();

  /** Interned strings (titles, dates) for the facts. */
  readonly #strings = new Interner();
  /** String number -> the string, for the facts' strings. */
  readonly strings: string[] = [];
  /** String number -> its bounds as a date (`null` when it is not one), once asked for. */
  readonly #dateBounds = new Map<number, DateBounds | null>();

  // Meetings, by slot.
  readonly meetingStatus = new IntList();
  readonly meetingEarliest = new FloatList();
  readonly meetingLatest = new FloatList();
  readonly meetingDate = new IntList(); // string number, or -1
  /** Flattened citations (id numbers); slot s owns [citeStart[s], citeStart[s+1]). */
  readonly citeStart = new IntList();
  readonly cites = new IntList();
  /** Flattened capacities as triples: actor id number, title string number, participant index. */
  readonly capacityStart = new IntList();
  readonly capacities = new IntList();
  meetings = 0;

  // Persons, by slot: offices flattened as triples (title, start, end string numbers; -1 when absent).
  readonly officeStart = new IntList();
  readonly offices = new IntList();
  readonly officeEarliest = new FloatList();
  readonly officeLatest = new FloatList();
  persons = 0;

  // Sources, by slot.
  readonly sourcePublished = new IntList(); // string number, or -1
  readonly sourceEarliest = new FloatList();
  readonly sourceLatest = new FloatList();
  sources = 0;

  /** Called for a second record with an id already taken: (record number, first record number). */
  onDuplicate: (record: number, first: number) => void = () => {};

  get size(): number {
    return this.recId.length;
  }

  /** The id number of an id, allocating one for an id not seen yet. */
  intern(id: string): number {
    const n = this.#ids.intern(id);
    if (n === this.idRecord.length) this.idRecord.push(-1);
    return n;
  }

  /** The number of distinct ids (records' and references'). */
  get idCount(): number {
    return this.#ids.size;
  }

  /** The id with this id number. */
  idName(idNum: number): string {
    return this.#ids.name(idNum);
  }

  /** The string number of a fact string, or -1 for `undefined`. */
  #str(text: string | undefined): number {
    if (text === undefined) return -1;
    const n = this.#strings.intern(text);
    if (n === this.strings.length) this.strings.push(text);
    return n;
  }

  /** The bounds of a fact string as a date, computed once per distinct string. */
  #bounds(n: number): DateBounds | undefined {
    let b = this.#dateBounds.get(n);
    if (b === undefined) {
      b = bounds(this.strings[n]!) ?? null;
      this.#dateBounds.set(n, b);
    }
    return b ?? undefined;
  }

  /** The string number of a date, or -1 when it is absent or not a valid date. */
  #date(text: string | undefined): number {
    const n = this.#str(text);
    return n !== -1 && this.#bounds(n) ? n : -1;
  }

  /** The first record with this id, or -1. */
  lookup(id: string): number {
    const n = this.#ids.find(id);
    return n === -1 ? -1 : this.idRecord.get(n);
  }

  /** The first record of an id number, or -1. */
  recordOf(idNum: number): number {
    return this.idRecord.get(idNum);
  }

  /** The range of a record's references in `refs`, as pair indexes [start, end). */
  refRange(record: number): [number, number] {
    const start = this.recRefStart.get(record);
    const end =
      record + 1 < this.recRefStart.length
        ? this.recRefStart.get(record + 1)
        : this.refs.length / 2;
    return [start, end];
  }

  /** Adds a record's summary; returns its record number. */
  add(summary: RecordSummary, file: number): number {
    const record = this.recId.length;
    const idNum = this.intern(summary.id);
    this.recId.push(idNum);
    this.recFile.push(file);
    this.recLine.push(summary.line);
    this.recShape.push(SHAPES.indexOf(summary.shape as (typeof SHAPES)[number]));
    this.recValid.push(summary.valid ? 1 : 0);
    this.recOffset.push(summary.offset);
    this.recBase.push(summary.base);
    const refStart = this.refs.length;
    this.recRefStart.push(refStart / 2);
    const first = this.idRecord.get(idNum);
    if (first === -1) this.idRecord.set(idNum, record);
    else this.onDuplicate(record, first);
    const refs = summary.refs;
    for (let i = 0; i < refs.length; i += 2) {
      this.refs.push(this.intern(refs[i] as string));
      this.refs.push(refs[i + 1] as number);
    }
    this.recSlot.push(summary.valid ? this.#addFacts(summary, refStart) : -1);
    return record;
  }

  /** Adds the facts of a valid record whose references start at `refStart` in `refs`. */
  #addFacts(summary: RecordSummary, refStart: number): number {
    switch (summary.shape) {
      case "meeting": {
        const slot = this.meetings++;
        const date = this.#date(summary.date);
        const b = date === -1 ? undefined : this.#bounds(date);
        this.meetingStatus.push(
          MEETING_STATUSES.indexOf(summary.status as (typeof MEETING_STATUSES)[number]),
        );
        this.meetingEarliest.push(b ? b.earliest : Number.NaN);
        this.meetingLatest.push(b ? b.latest : Number.NaN);
        this.meetingDate.push(date);
        this.citeStart.push(this.cites.length);
        for (const ordinal of summary.cites ?? [])
          this.cites.push(this.refs.get(refStart + ordinal * 2));
        this.capacityStart.push(this.capacities.length);
        for (const [actor, title, index] of summary.capacities ?? []) {
          this.capacities.push(this.refs.get(refStart + actor * 2));
          this.capacities.push(this.#str(title));
          this.capacities.push(index);
        }
        return slot;
      }
      case "person": {
        if (!summary.offices) return -1;
        const slot = this.persons++;
        this.officeStart.push(this.offices.length / 3);
        for (const office of summary.offices) {
          const start = this.#str(office.start);
          const end = this.#str(office.end);
          this.offices.push(this.#str(office.title));
          this.offices.push(start);
          this.offices.push(end);
          this.officeEarliest.push(
            (start === -1 ? undefined : this.#bounds(start))?.earliest ?? Number.NEGATIVE_INFINITY,
          );
          this.officeLatest.push(
            (end === -1 ? undefined : this.#bounds(end))?.latest ?? Number.POSITIVE_INFINITY,
          );
        }
        return slot;
      }
      case "source": {
        const slot = this.sources++;
        const published = this.#date(summary.published);
        const b = published === -1 ? undefined : this.#bounds(published);
        this.sourcePublished.push(published);
        this.sourceEarliest.push(b ? b.earliest : Number.NaN);
        this.sourceLatest.push(b ? b.latest : Number.NaN);
        return slot;
      }
      default:
        return -1;
    }
  }

  /** A slot's run in a flattened list whose starts are in `starts`, ending at `total`. */
  static range(starts: IntList, slot: number, total: number): [number, number] {
    return [starts.get(slot), slot + 1 < starts.length ? starts.get(slot + 1) : total];
  }

  /** The shape of a record. */
  shape(record: number): (typeof SHAPES)[number] {
    return SHAPES[this.recShape.get(record)]!;
  }

  /** The id of a record. */
  id(record: number): string {
    return this.#ids.name(this.recId.get(record));
  }

  /** Every distinct id whose first record has one of these shapes. */
  *idsOfShapes(shapes: ReadonlySet<string>): Generator<string> {
    for (let n = 0; n < this.#ids.size; n++) {
      const record = this.idRecord.get(n);
      if (record !== -1 && shapes.has(this.shape(record))) yield this.#ids.name(n);
    }
  }
}
