import type { OfficeFacts, RecordSummary } from "./summary.js";

/** A growable array of 32-bit integers. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, value: number): void {
    this.data[i] = value;
  }
}

/** A growable array of doubles (byte offsets beyond 2 GiB). */
class FloatList {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** The facts some rules need beyond ids and references, kept only for meetings, persons and sources. */
export interface RecordFacts {
  readonly valid: boolean;
  readonly status?: string;
  readonly date?: string;
  readonly cites?: readonly string[];
  readonly capacities?: readonly (readonly [string, string, number])[];
  readonly offices?: readonly OfficeFacts[];
  readonly published?: string;
}

export const SHAPES = ["person", "state", "organization", "meeting", "issue", "tariff", "source"] as const;

/**
 * The cross-record index: every id, every record's place (file, line, byte offset or pointer)
 * and every reference, in typed arrays, so memory follows the number of ids and references,
 * not the size of the files. Record values are never kept.
 */
export class RecordTable {
  /** id -> id number. */
  readonly #ids = new Map<string, number>();
  /** id number -> id. */
  readonly idNames: string[] = [];
  /** id number -> first record with that id, or -1. */
  readonly idRecord = new IntList();

  readonly recId = new IntList();
  readonly recFile = new IntList();
  readonly recLine = new IntList();
  readonly recShape = new IntList();
  readonly recOffset = new FloatList();
  /** Record number -> pointer in its file (documents only; NDJSON records share ``). */
  readonly recBase: string[] = [];

  /** References as quadruples: record number, id number, target code, ordinal. */
  readonly refs = new IntList(4096);
  /** Facts for meetings, persons and sources, by record number. */
  readonly facts = new Map<number, RecordFacts>();

  /** Called for a second record with an id already taken: (record number, first record number). */
  onDuplicate: (record: number, first: number) => void = () => {};

  get size(): number {
    return this.recId.length;
  }

  /** The id number of an id, allocating one for an id not seen yet. */
  intern(id: string): number {
    let n = this.#ids.get(id);
    if (n === undefined) {
      n = this.idNames.length;
      this.#ids.set(id, n);
      this.idNames.push(id);
      this.idRecord.push(-1);
    }
    return n;
  }

  /** The first record with this id, or -1. */
  lookup(id: string): number {
    const n = this.#ids.get(id);
    return n === undefined ? -1 : this.idRecord.get(n);
  }

  /** Adds a record's summary; returns its record number. */
  add(summary: RecordSummary, file: number): number {
    const record = this.recId.length;
    const idNum = this.intern(summary.id);
    this.recId.push(idNum);
    this.recFile.push(file);
    this.recLine.push(summary.line);
    this.recShape.push(SHAPES.indexOf(summary.shape as (typeof SHAPES)[number]));
    this.recOffset.push(summary.offset);
    this.recBase.push(summary.base);
    const first = this.idRecord.get(idNum);
    if (first === -1) this.idRecord.set(idNum, record);
    else this.onDuplicate(record, first);
    const refs = summary.refs;
    for (let i = 0, ordinal = 0; i < refs.length; i += 2, ordinal++) {
      this.refs.push(record);
      this.refs.push(this.intern(refs[i] as string));
      this.refs.push(refs[i + 1] as number);
      this.refs.push(ordinal);
    }
    if (summary.shape === "meeting" || summary.shape === "source" || (summary.shape === "person" && summary.offices)) {
      const { valid, status, date, cites, capacities, offices, published } = summary;
      this.facts.set(record, {
        valid,
        ...(status === undefined ? {} : { status }),
        ...(date === undefined ? {} : { date }),
        ...(cites === undefined ? {} : { cites }),
        ...(capacities === undefined ? {} : { capacities }),
        ...(offices === undefined ? {} : { offices }),
        ...(published === undefined ? {} : { published }),
      });
    }
    return record;
  }

  /** The shape of a record. */
  shape(record: number): (typeof SHAPES)[number] {
    return SHAPES[this.recShape.get(record)]!;
  }

  /** The id of a record. */
  id(record: number): string {
    return this.idNames[this.recId.get(record)]!;
  }

  /** Every distinct id whose first record has one of these shapes. */
  *idsOfShapes(shapes: ReadonlySet<string>): Generator<string> {
    for (let n = 0; n < this.idNames.length; n++) {
      const record = this.idRecord.get(n);
      if (record !== -1 && shapes.has(this.shape(record))) yield this.idNames[n]!;
    }
  }
}
