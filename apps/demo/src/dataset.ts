/**
 * The dataset on show, and the two ways to load one: the bundled example, or files the user
 * opens or drops. Both are validated first (see `validation.ts`); a dataset is made only from
 * files with no error and at least one record.
 */
import { createDatasetIndex, type DatasetIndex, type StatecraftRecord } from "@statecraft/core";
import { EXAMPLE_FILES, EXAMPLE_LABEL, EXAMPLE_SLUG } from "./example.js";
import { plural } from "./format.js";
import { type InputFile, type ValidationResult, validateFiles } from "./validation.js";

/** The dataset on show, with its index. */
export interface LoadedDataset {
  /** What the page calls it. */
  readonly label: string;
  /** The base name of files exported from it. */
  readonly slug: string;
  readonly records: readonly StatecraftRecord[];
  readonly index: DatasetIndex;
  /** `true` for the bundled example. */
  readonly isExample: boolean;
}

/** A loaded dataset, or why there is none, with the validation report either way. */
export interface DatasetLoad {
  /** The dataset, when the files could be shown. */
  readonly dataset: LoadedDataset | undefined;
  /** The files that were read, for the report. */
  readonly files: readonly InputFile[];
  readonly result: ValidationResult;
}

/** The example's load: the example is always shown. */
export interface ExampleLoad extends DatasetLoad {
  readonly dataset: LoadedDataset;
}

/** Indexes records into a dataset. */
export function indexDataset(dataset: Omit<LoadedDataset, "index">): LoadedDataset {
  return { ...dataset, index: createDatasetIndex(dataset.records) };
}

/**
 * Loads the bundled example. It is shown even when it has errors (the test suite keeps it
 * valid); `result` then says what is wrong.
 */
export async function loadExampleDataset(): Promise<ExampleLoad> {
  const result = await validateFiles(EXAMPLE_FILES);
  const dataset = indexDataset({
    label: EXAMPLE_LABEL,
    slug: EXAMPLE_SLUG,
    records: result.records,
    isExample: true,
  });
  return { dataset, files: EXAMPLE_FILES, result };
}

/**
 * Loads the user's files: a dataset when they are valid and hold records, else only the report.
 *
 * @param files - The files of one dataset, at least one.
 */
export async function loadUserDataset(files: readonly InputFile[]): Promise<DatasetLoad> {
  const result = await validateFiles(files);
  if (!(result.valid && result.records.length > 0)) return { dataset: undefined, files, result };
  const label =
    files.length === 1
      ? `Your file: ${files[0]!.name}`
      : `Your files: ${files.map((f) => f.name).join(", ")}`;
  const dataset = indexDataset({
    label,
    slug: "statecraft-dataset",
    records: result.records,
    isExample: false,
  });
  return { dataset, files, result };
}

/** The record counts of a dataset, e.g. `32 actors · 13 meetings · 20 issues · 1 tariff · 7 sources`. */
export function datasetCounts(index: DatasetIndex): string {
  const count = (type: StatecraftRecord["type"], noun: string) =>
    plural(index.ofType(type).length, noun);
  return [
    count("actor", "actor"),
    count("meeting", "meeting"),
    count("issue", "issue"),
    count("tariff", "tariff"),
    count("source", "source"),
  ].join(" · ");
}
