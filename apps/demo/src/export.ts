/**
 * The one place the demo exports data: the download button calls {@link exportDataset}.
 *
 * INTERIM: `@statecraft/jsonld` (`toJsonLd(dataset, options)`) is being built on the `jsonld`
 * branch. Until it is merged, this writes the dataset as plain Statecraft JSON (the same shape
 * as a dataset file) and says so in the file name and media type. When the package lands, this
 * file calls `toJsonLd` and nothing else in the demo changes.
 */
import { type StatecraftRecord, toDataset } from "@statecraft/core";

/** A file ready to download. */
export interface ExportedFile {
  readonly filename: string;
  readonly mediaType: string;
  readonly text: string;
}

/** Whether the export is JSON-LD yet (the button's label depends on it). */
export const EXPORT_FORMAT: "JSON-LD" | "JSON" = "JSON";

/**
 * Serialises the records shown.
 *
 * @param records - The dataset's records.
 * @param name - A base name for the file, without extension.
 */
export function exportDataset(records: readonly StatecraftRecord[], name: string): ExportedFile {
  const dataset = toDataset(records, { name });
  return {
    filename: `${name}.json`,
    mediaType: "application/json",
    text: `${JSON.stringify(dataset, null, 2)}\n`,
  };
}
