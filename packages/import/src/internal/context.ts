import { getCountry, RECORD_TYPES, type RecordType, type StatecraftRecord } from "@statecraft/core";
import type { ImportReport, ImportSeverity } from "../report.js";

/** Where a row is: file, line and the source's own id. */
export interface RowRef {
  readonly file: string;
  readonly line?: number | undefined;
  readonly row?: string | undefined;
}

/** What a state record built from an ISO code or a crosswalk entry needs. */
export interface StateSpec {
  /** The record id, `state-cn` for ISO codes. */
  readonly id: string;
  readonly name: string;
  readonly iso3166?: string | undefined;
  readonly officialName?: string | undefined;
  readonly statehood?: "former" | "partially_recognized" | undefined;
  readonly note?: string | undefined;
  /** The Office of the Historian country slug, for states without an ISO code. */
  readonly hsgCountry?: string | undefined;
}

/** The id every importer gives the state with an ISO 3166-1 alpha-2 code: `state-` and the code in lower case. */
export function stateId(alpha2: string): string {
  return `state-${alpha2.toLowerCase()}`;
}

/**
 * The running state of one import: the report, and the shared actors (states) already emitted,
 * so each is written once however many rows name it.
 */
export class ImportContext {
  readonly report: ImportReport;
  readonly #warningIndex = new Map<string, number>();
  readonly #emitted = new Set<string>();
  readonly #pending: StatecraftRecord[] = [];
  readonly #stateNames = new Map<string, string>();

  constructor(
    source: string,
    readonly sourceId: string,
  ) {
    const records = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<
      RecordType,
      number
    >;
    this.report = {
      source,
      files: [],
      rows: 0,
      imported: 0,
      merged: 0,
      skipped: 0,
      mergedBy: {},
      skippedBy: {},
      records,
      warnings: [],
      done: false,
    };
  }

  /** Records a problem; the same `code` and `key` are reported once, with a count. */
  warn(
    code: string,
    severity: ImportSeverity,
    message: string,
    where: RowRef,
    key = message,
  ): void {
    const index = this.#warningIndex.get(`${code}\u0000${key}`);
    if (index !== undefined) {
      const w = this.report.warnings[index]!;
      this.report.warnings[index] = { ...w, count: w.count + 1 };
      return;
    }
    this.#warningIndex.set(`${code}\u0000${key}`, this.report.warnings.length);
    this.report.warnings.push({
      code,
      severity,
      message,
      file: where.file,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.row === undefined ? {} : { row: where.row }),
      count: 1,
    });
  }

  read(n = 1): void {
    this.report.rows += n;
  }
  imported(n = 1): void {
    this.report.imported += n;
  }
  merged(reason: string, n = 1): void {
    this.report.merged += n;
    this.report.mergedBy[reason] = (this.report.mergedBy[reason] ?? 0) + n;
  }
  skipped(reason: string, n = 1): void {
    this.report.skipped += n;
    this.report.skippedBy[reason] = (this.report.skippedBy[reason] ?? 0) + n;
  }

  /** Whether a shared record with this id was already queued or emitted. */
  has(id: string): boolean {
    return this.#emitted.has(id);
  }

  /** Queues a shared record (a state, a person) to be emitted before the next record that uses it; once per id. */
  share(record: StatecraftRecord): string {
    if (!this.#emitted.has(record.id)) {
      this.#emitted.add(record.id);
      this.#pending.push(record);
    }
    return record.id;
  }

  /** Queues the state record for an ISO code or a crosswalk entry and returns its id. */
  state(spec: StateSpec, locator: string): string {
    if (this.#emitted.has(spec.id)) return spec.id;
    this.#stateNames.set(spec.id, spec.name);
    return this.share({
      id: spec.id,
      type: "actor",
      kind: "state",
      name: spec.name,
      ...(spec.officialName === undefined ? {} : { officialName: spec.officialName }),
      ...(spec.iso3166 === undefined ? {} : { iso3166: spec.iso3166 }),
      ...(spec.hsgCountry === undefined
        ? {}
        : { identifiers: [{ scheme: "hsg-country" as const, value: spec.hsgCountry }] }),
      ...(spec.statehood === undefined ? {} : { statehood: spec.statehood }),
      ...(spec.note === undefined ? {} : { note: spec.note }),
      sources: [{ source: this.sourceId, locator }],
    });
  }

  /** Queues the state with an ISO 3166-1 alpha-2 code, or returns `undefined` when the code is not one. */
  isoState(alpha2: string, locator: string): string | undefined {
    const country = getCountry(alpha2.toUpperCase());
    if (!country) return undefined;
    return this.state(
      {
        id: stateId(country.alpha2),
        name: country.name,
        officialName: country.officialName,
        iso3166: country.alpha2,
      },
      locator,
    );
  }

  /** The name of a state queued with {@link ImportContext.state}. */
  stateName(id: string): string | undefined {
    return this.#stateNames.get(id);
  }

  /** Takes the shared records queued since the last call. */
  takePending(): StatecraftRecord[] {
    return this.#pending.splice(0);
  }
}
