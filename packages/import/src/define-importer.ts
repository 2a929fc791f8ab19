import { RecordSchema, type Source, type StatecraftRecord } from "@statecraft/core";
import type { ImportInput } from "./input.js";
import { ImportContext } from "./internal/context.js";
import type { ImportReport } from "./report.js";

/** Options every importer accepts. */
export interface ImportOptions {
  /**
   * Parse every record with `RecordSchema` before emitting it (default `true`). A record that
   * fails is not emitted: it is counted as skipped (`invalid_record`) with a warning.
   */
  readonly validate?: boolean;
}

/**
 * A running import: iterate it for the records; read `report` for the counts, live while it
 * runs and complete once `report.done` is true.
 *
 * @example
 * ```ts
 * const run = IMPORTERS["hsg-travels"].import(inputs);
 * for await (const record of run) console.log(record.type, record.id);
 * console.log(formatReport(run.report));
 * ```
 */
export interface ImportRun extends AsyncIterable<StatecraftRecord> {
  /** The report: rows read, imported, merged, skipped (with reasons), records per type, warnings. */
  readonly report: ImportReport;
}

/** What an importer says about itself and the data it reads. */
export interface ImporterInfo {
  /** The name used on the command line, e.g. `hsg-travels`. */
  readonly name: string;
  /** A one-line title, e.g. `Office of the Historian: travels of the President and Secretary of State`. */
  readonly title: string;
  /** The file types it reads, e.g. `[".xml"]`; other files in a folder are ignored. */
  readonly extensions: readonly string[];
  /** The licence of the source data, as its publisher states it. */
  readonly license: string;
  /** The Source record (kind `dataset`) every imported record cites. */
  readonly source: Source;
}

/** An importer: reads a public dataset's files and yields Statecraft records. */
export interface Importer extends ImporterInfo {
  /**
   * Starts an import of the given files. Nothing is read until the run is iterated.
   *
   * @param inputs - The files to read, in order.
   * @param options - Import options.
   * @returns The running import: records as an async iterable, plus the report.
   */
  import(
    inputs: Iterable<ImportInput> | AsyncIterable<ImportInput>,
    options?: ImportOptions,
  ): ImportRun;
}

/** The generator an importer implements: reads inputs, reports rows, yields records. */
export type ImportGenerator = (
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
) => AsyncGenerator<StatecraftRecord, void, undefined>;

async function* toAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * Builds an importer from its description and generator: adds the dataset Source record,
 * the validation of every record, the id uniqueness check and the report.
 *
 * @internal
 */
export function defineImporter(info: ImporterInfo, generate: ImportGenerator): Importer {
  return {
    ...info,
    import(inputs, options = {}) {
      const context = new ImportContext(info.name, info.source.id);
      const validate = options.validate ?? true;
      const files = context.report.files;
      async function* named(): AsyncGenerator<ImportInput> {
        for await (const input of toAsync(inputs)) {
          files.push(input.name);
          yield input;
        }
      }
      async function* run(): AsyncGenerator<StatecraftRecord> {
        const seen = new Set<string>();
        const emit = function* (record: StatecraftRecord): Generator<StatecraftRecord> {
          if (seen.has(record.id)) {
            context.warn(
              "duplicate_record_id",
              "warning",
              `record id ${record.id} was produced twice; the second is dropped`,
              { file: info.name },
              record.id,
            );
            return;
          }
          if (validate) {
            const parsed = RecordSchema.safeParse(record);
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              const at = issue ? `/${issue.path.join("/")}: ${issue.message}` : "";
              context.warn(
                "invalid_record",
                "warning",
                `record ${record.id} does not validate (${at}); not emitted`,
                { file: info.name },
                record.id,
              );
              return;
            }
          }
          seen.add(record.id);
          context.report.records[record.type] += 1;
          yield record;
        };
        yield* emit(info.source);
        for await (const record of generate(named(), context)) {
          for (const shared of context.takePending()) yield* emit(shared);
          yield* emit(record);
        }
        for (const shared of context.takePending()) yield* emit(shared);
        context.report.done = true;
      }
      return { report: context.report, [Symbol.asyncIterator]: () => run() };
    },
  };
}
