/**
 * The dataset on show: the bundled example (read at build time, drawn in the first render) or
 * the user's files (checked and prepared in the dataset worker, see `dataset-loader.ts`).
 */

import exampleRecords from "virtual:example-records";
import type { StatecraftRecord } from "@statecraft/core";
import { plural } from "./format.js";
import { type PreparedDataset, preparedDataset } from "./prepared-dataset.js";

/** The example's label and file base name. */
export const EXAMPLE_LABEL = "Example: Blinken's visit to China, April 2024";
export const EXAMPLE_SLUG = "blinken-china-2024";

/** The dataset on show. */
export interface LoadedDataset {
  /** What the page calls it. */
  readonly label: string;
  /** The base name of files exported from it. */
  readonly slug: string;
  /** The records, prepared for the views. */
  readonly index: PreparedDataset;
  /** `true` for the bundled example. */
  readonly isExample: boolean;
  /** The names of the user's files (empty for the example). */
  readonly files: readonly string[];
  /** The user's files themselves, for a download written in a worker (none for the example). */
  readonly sources: readonly File[];
}

/** The bundled example, prepared on the page (it is small). */
export function exampleDataset(): LoadedDataset {
  return {
    label: EXAMPLE_LABEL,
    slug: EXAMPLE_SLUG,
    index: preparedDataset(exampleRecords as StatecraftRecord[]),
    isExample: true,
    files: [],
    sources: [],
  };
}

/** The user's dataset, from its files, their names and its prepared records. */
export function userDataset(
  sources: readonly File[],
  names: readonly string[],
  index: PreparedDataset,
): LoadedDataset {
  return {
    label: names.length === 1 ? `Your file: ${names[0]}` : `Your files: ${names.join(", ")}`,
    slug: "statecraft-dataset",
    index,
    isExample: false,
    files: names,
    sources,
  };
}

/** The record counts of a dataset, e.g. `32 actors · 13 meetings · 20 issues · 1 tariff · 7 sources`. */
export function datasetCounts(index: PreparedDataset): string {
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
