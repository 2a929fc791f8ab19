/**
 * The one place the demo exports data: the download button calls {@link exportDataset}, which
 * writes the dataset on show as compacted JSON-LD with `@statecraft/jsonld`.
 *
 * The Statecraft context is embedded, so the file expands and converts to RDF anywhere — with no
 * network, and before the context is published at its URL. The exporter is loaded on the first
 * download, so it does not weigh on the page's first load.
 */
import { type StatecraftRecord, toDataset } from "@statecraft/core";

/** A file ready to download. */
export interface ExportedFile {
  readonly filename: string;
  readonly mediaType: string;
  readonly text: string;
}

/** The export's format, for the button's label. */
export const EXPORT_FORMAT = "JSON-LD";

/**
 * Serialises the records shown as a JSON-LD document.
 *
 * @param records - The dataset's records.
 * @param name - The dataset's name, and the base of the file name.
 */
export async function exportDataset(
  records: readonly StatecraftRecord[],
  name: string,
): Promise<ExportedFile> {
  const { toJsonLd } = await import("@statecraft/jsonld");
  const document = toJsonLd(toDataset(records, { name }), { context: "embed" });
  return {
    filename: `${name}.jsonld`,
    mediaType: "application/ld+json",
    text: `${JSON.stringify(document, null, 2)}\n`,
  };
}
