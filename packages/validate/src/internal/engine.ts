import { recordReferences, type StatecraftRecord } from "@statecraft/core";
import { distance } from "fastest-levenshtein";
import type { ValidateOptions } from "../options.js";
import type {
  Problem,
  Severity,
  SeverityOverride,
  ValidationResult,
  ValidDataset,
} from "../problem.js";
import { RULES, type RuleCode } from "../rule-codes.js";
import type { DatasetFinding } from "../rules/dataset-rule.js";
import { DATASET_RULES } from "../rules/index.js";
import type { FileSink, RawProblem } from "./file-check.js";
import type { RecordSummary } from "./record-summary.js";
import { RecordTable } from "./record-table.js";
import type { DecodedTarget } from "./target-code.js";

/** A record reloaded for locating problems: its value and a way to locate pointers in it. */
export interface LoadedRecord {
  readonly value: unknown;
  /** Line and column of a JSON Pointer within the record (its deepest existing ancestor when missing). */
  locate(pointer: string, key?: boolean): { line: number; column: number };
  /**
   * Where the record is, for messages that name another record (`duplicate_id`), when its file
   * and line do not say it: records held in memory give their JSON Pointer in the input.
   */
  readonly place?: string;
}

/** Reloads records from a file, after the fact, to locate the problems kept. */
export interface RecordLoader {
  /** Loads the records at these places of a file (`offset` for NDJSON, `base` for documents). */
  load(file: number, places: readonly RecordPlace[]): Promise<(LoadedRecord | undefined)[]>;
}

/** Where a record is in its file. */
export interface RecordPlace {
  /** NDJSON: the byte offset of its line; documents: -1. */
  readonly offset: number;
  /** NDJSON: its line number. */
  readonly line: number;
  /** Documents: its JSON Pointer in the file. */
  readonly base: string;
}

interface Kept {
  problem: Problem | undefined;
  finding?: DatasetFinding;
  severity: Severity;
}

const ACTOR_KINDS = ["person", "state", "organization"] as const;

/** The default cap on problems kept in a result. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * Gathers problems and record summaries from any number of files, runs the cross-record rules and
 * produces the result. Shared by the Node entry (files, workers, streams) and the browser entry.
 */
export class Engine {
  readonly files: string[] = [];
  readonly table = new RecordTable();
  readonly #overrides: Readonly<Partial<Record<RuleCode, SeverityOverride>>>;
  readonly #max: number;
  readonly #failOn: Severity;
  readonly #kept: Kept[] = [];
  /** The valid records, in file order, when the `collect` option is set. */
  readonly collected: StatecraftRecord[] | undefined;
  readonly counts: Partial<Record<RuleCode, number>> = {};
  errors = 0;
  warnings = 0;
  records = 0;
  omitted = 0;
  /** Files read, when it differs from the files registered (paths that could not be read are registered too). */
  fileCount: number | undefined;
  /**
   * Whether problems carry a file, line and column. `false` for records held in memory
   * (`safeValidateDataset`): their lines are record ordinals, used only to sort the problems in
   * input order, and are dropped from the result with the file.
   */
  readonly #located: boolean;

  /**
   * @param located - `false` when the records come from memory, not files (see `#located`).
   */
  constructor(options: ValidateOptions = {}, located = true) {
    this.#located = located;
    this.#overrides = options.rules ?? {};
    this.#max = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
    this.#failOn = options.failOn ?? "error";
    this.collected = options.collect === true ? [] : undefined;
    this.table.onDuplicate = (record, first) => {
      this.#dataset({
        code: "duplicate_id",
        message: `the id "${this.table.id(record)}" is already used`,
        record,
        pointer: "/id",
        duplicateOf: first,
      });
    };
  }

  /** Registers a file; returns its index. */
  addFile(name: string): number {
    this.files.push(name);
    return this.files.length - 1;
  }

  /** The severity a code has after overrides, or `undefined` when turned off. */
  severity(code: RuleCode): Severity | undefined {
    const override = this.#overrides[code];
    if (override === "off") return undefined;
    return override ?? RULES[code].severity;
  }

  #count(code: RuleCode): Severity | undefined {
    const severity = this.severity(code);
    if (!severity) return undefined;
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (severity === "error") this.errors++;
    else this.warnings++;
    if (this.#kept.length >= this.#max) {
      this.omitted++;
      return undefined;
    }
    return severity;
  }

  /** Adds a located problem found in a file. */
  problem(file: number, raw: RawProblem): void {
    const severity = this.#count(raw.code);
    if (!severity) return;
    this.#kept.push({
      problem: this.#located ? { ...raw, severity, file: this.files[file]! } : { ...raw, severity },
      severity,
    });
  }

  #dataset(finding: DatasetFinding): void {
    const severity = this.#count(finding.code);
    if (!severity) return;
    this.#kept.push({ problem: undefined, finding, severity });
  }

  /** Adds a record's summary from a file. */
  record(file: number, summary: RecordSummary): void {
    this.table.add(summary, file);
  }

  /** Adds a valid record, as parsed (only kept when collecting). */
  value(record: StatecraftRecord): void {
    this.collected?.push(record);
  }

  /** A sink that feeds one file's findings (and, when collecting, its valid records) into the engine. */
  sink(file: number): FileSink {
    return {
      problem: (raw) => this.problem(file, raw),
      record: (summary) => this.record(file, summary),
      ...(this.collected ? { value: (record: StatecraftRecord) => this.value(record) } : {}),
    };
  }

  /** Runs the cross-record rules, locates the problems kept and builds the result. */
  /**
   * Runs the dataset rules, locates the problems kept, and returns the result: with the records
   * when collecting and the data is valid (a {@link ValidDataset}).
   */
  async finish(loader: RecordLoader): Promise<ValidationResult> {
    for (const rule of DATASET_RULES) rule(this.table, (finding) => this.#dataset(finding));
    await this.#locate(loader);
    const problems = this.#kept.map((k) => k.problem!).filter(Boolean);
    const fileOrder = new Map(this.files.map((f, i) => [f, i]));
    problems.sort(
      (a, b) =>
        (fileOrder.get(a.file ?? "") ?? -1) - (fileOrder.get(b.file ?? "") ?? -1) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    );
    if (!this.#located) {
      // Lines and columns were record ordinals, for the order above; they locate nothing.
      for (const [i, p] of problems.entries()) {
        const { line: _line, column: _column, file: _file, ...unlocated } = p;
        problems[i] = unlocated;
      }
    }
    const failing = this.#failOn === "warning" ? this.errors + this.warnings : this.errors;
    const report = {
      stats: {
        files: this.fileCount ?? this.files.length,
        records: this.records,
        errors: this.errors,
        warnings: this.warnings,
      },
      problems,
      counts: { ...this.counts },
      omitted: this.omitted,
    };
    if (failing > 0) return { valid: false, ...report };
    if (!this.collected) return { valid: true, ...report };
    const dataset: ValidDataset = { valid: true, ...report, records: this.collected };
    return dataset;
  }

  async #locate(loader: RecordLoader): Promise<void> {
    const table = this.table;
    const pending = this.#kept.filter((k) => k.finding);
    if (pending.length === 0) return;
    // Records to reload: those with findings, plus first records of duplicates.
    const wanted = new Map<number, Set<number>>();
    const want = (record: number): void => {
      const file = table.file(record);
      const set = wanted.get(file);
      if (set) set.add(record);
      else wanted.set(file, new Set([record]));
    };
    for (const k of pending) {
      want(k.finding!.record);
      if (k.finding!.duplicateOf !== undefined) want(k.finding!.duplicateOf);
    }
    const loaded = new Map<number, LoadedRecord | undefined>();
    for (const [file, set] of wanted) {
      const records = [...set];
      const values = await loader.load(
        file,
        records.map((r) => table.place(r)),
      );
      for (const [i, r] of records.entries()) loaded.set(r, values[i]);
    }
    const candidates = new Map<string, string[]>();
    for (const k of pending) {
      const f = k.finding!;
      const record = loaded.get(f.record);
      let pointer = f.pointer ?? "";
      if (f.ordinal !== undefined && record) {
        pointer =
          recordReferences(record.value as Record<string, unknown>)[f.ordinal]?.pointer ?? "";
      }
      let message = f.message;
      if (f.suggest) message += this.#suggest(f.suggest.id, f.suggest.target, candidates);
      if (f.duplicateOf !== undefined) {
        const first = loaded.get(f.duplicateOf);
        if (first?.place !== undefined) message += ` by the record at ${first.place}`;
        else {
          const where = first?.locate("");
          message += ` by the record at ${this.files[table.file(f.duplicateOf)]}${where ? `:${where.line}` : ""}`;
        }
      }
      const at = record?.locate(pointer);
      k.problem = {
        code: f.code,
        severity: k.severity,
        message,
        ...(this.#located ? { file: this.files[table.file(f.record)]! } : {}),
        ...(at ?? {}),
        pointer,
        recordId: table.id(f.record),
      };
    }
  }

  #suggest(id: string, target: DecodedTarget, cache: Map<string, string[]>): string {
    const { type, kinds } = target;
    const shapes = type === "actor" ? (kinds.length > 0 ? kinds : ACTOR_KINDS) : [type];
    const key = shapes.join(" ");
    let list = cache.get(key);
    if (!list) {
      list = [...this.table.idsOfShapes(new Set(shapes))];
      cache.set(key, list);
    }
    const limit = Math.max(1, Math.floor(id.length * 0.4));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of list) {
      if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
      const d = distance(id, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best === undefined ? "" : ` (did you mean "${best}"?)`;
  }
}
