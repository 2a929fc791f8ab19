/**
 * Validating records built in code — a list of records or a dataset object — with the same
 * engine, rules and problem codes as files, but without files, lines or columns.
 *
 * @module
 */
import { Engine, type LoadedRecord } from "./internal/engine.js";
import { checkValue } from "./internal/file-check.js";
import { summarize } from "./internal/record-summary.js";
import type { ValidateOptions } from "./options.js";
import type { CollectedResult, ValidationResult, ValidDataset, ValidResult } from "./problem.js";
import { ValidationError } from "./validation-error.js";

/**
 * Records held in memory, as {@link safeValidateDataset} takes them: a list of records, or a
 * dataset object (`{ name?, description?, license?, actors?, meetings?, issues?, tariffs?,
 * sources? }`, the shape of core's `DatasetSchema` and of what `toDataset` returns). Values are
 * `unknown`: they are checked, not trusted. A single record (an object with `type`) is taken as
 * a dataset of one, as in a file.
 *
 * @example
 * ```ts
 * const list: DatasetInput = [{ id: "ap", type: "source", kind: "news_article", title: "AP" }];
 * const dataset: DatasetInput = { name: "Visits", actors: [], meetings: [] };
 * ```
 */
export type DatasetInput = readonly unknown[] | { readonly [key: string]: unknown };

/**
 * Validates records built in code — structure, record rules and cross-record rules — and returns
 * the result as data: the rules and problem codes of {@link safeValidateTexts}, for values
 * instead of text. Safe in browsers: no `node:` imports.
 *
 * Problems have no `file`, `line` or `column`. A problem in a record names it by `recordId`, and
 * its `pointer` is a JSON Pointer into that record (`/participants/0/actor`), as for files; a
 * problem outside any record, or in a record without a string `id`, has no `recordId`, and its
 * `pointer` is into the input (`/3` for the fourth element of a list, `/meetings/0/date` in a
 * dataset object, `/licence` for an unknown dataset key). Problems come in input order.
 * A plain object without `type` is a dataset even when it has no list (`{}` is empty and valid);
 * a value that is neither a list nor an object is `not_a_dataset`. Values are read as JSON data:
 * an object that holds itself is not walked into again.
 *
 * @param input - A list of records or a dataset object (see {@link DatasetInput}).
 * @param options - Rule severities, the problem cap, the failing severity; `collect: true`
 *   returns the records as the schemas parsed them (in input order) with a valid result.
 * @returns The result: `valid`, `stats` (`files` is 0), `problems`, `counts`.
 * @example
 * ```ts
 * const result = await safeValidateDataset({
 *   actors: [{ id: "usa", type: "actor", kind: "state", name: "United States", iso3166: "US" }],
 *   meetings: [meeting],
 * });
 * if (!result.valid) for (const p of result.problems) console.error(`${p.recordId}${p.pointer} ${p.message}`);
 *
 * const checked = await safeValidateDataset(records, { collect: true });
 * if (checked.valid) console.log(checked.records.length);
 * ```
 */
export async function safeValidateDataset(
  input: DatasetInput,
  options: ValidateOptions & { readonly collect: true },
): Promise<CollectedResult>;
export async function safeValidateDataset(
  input: DatasetInput,
  options?: ValidateOptions,
): Promise<ValidationResult>;
export async function safeValidateDataset(
  input: DatasetInput,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const engine = new Engine(options, false);
  const sink = engine.sink(engine.addFile(""));
  engine.fileCount = 0;
  // Strings built in code may hold lone surrogates whatever they look like: always scan.
  const checked = checkValue(input, engine.collected !== undefined, true, true);
  engine.records += checked.records;
  for (const data of checked.values) sink.value?.(data);
  // Each record's ordinal (from 1; 0 is the input itself) stands for its line: problems sort
  // in input order, and the engine drops these lines from the result.
  const records = new Map<string, { value: unknown; ordinal: number }>();
  for (const [i, { value, base }] of checked.summaries.entries())
    records.set(base, { value, ordinal: i + 1 });
  for (const { finding, base, recordId } of checked.pending) {
    sink.problem({
      code: finding.code,
      message: finding.message,
      pointer: recordId === undefined && base !== "" ? base + finding.pointer : finding.pointer,
      line: records.get(base)?.ordinal ?? 0,
      column: 0,
      ...(recordId === undefined ? {} : { recordId }),
    });
  }
  for (const { value, valid, base } of checked.summaries) {
    const summary = summarize(value, valid, records.get(base)!.ordinal, -1, base);
    if (summary) sink.record(summary);
  }
  return engine.finish({
    async load(_file, places) {
      return places.map(({ base }): LoadedRecord | undefined => {
        const record = records.get(base);
        if (!record) return undefined;
        return {
          value: record.value,
          place: base === "" ? "the root of the input" : `${base} of the input`,
          locate: () => ({ line: record.ordinal, column: 0 }),
        };
      });
    },
  });
}

/**
 * Validates records built in code like {@link safeValidateDataset}, but throws when they are
 * invalid.
 *
 * @param input - A list of records or a dataset object (see {@link DatasetInput}).
 * @param options - As for {@link safeValidateDataset}.
 * @throws {ValidationError} When a problem reaches the `failOn` severity (code `invalid_data`).
 * @returns The result, when valid (it may hold warnings); with `collect: true`, the records.
 * @example
 * ```ts
 * import { toDataset } from "@statecraft/core";
 *
 * const { records: valid } = await validateDataset(toDataset(records), { collect: true });
 * ```
 */
export async function validateDataset(
  input: DatasetInput,
  options: ValidateOptions & { readonly collect: true },
): Promise<ValidDataset>;
export async function validateDataset(
  input: DatasetInput,
  options?: ValidateOptions,
): Promise<ValidResult>;
export async function validateDataset(
  input: DatasetInput,
  options: ValidateOptions = {},
): Promise<ValidResult> {
  const result = await safeValidateDataset(input, options);
  if (!result.valid) throw new ValidationError(result);
  return result;
}
