import type { StatecraftRecord } from "@statecraft/core";
import type { ImportRun } from "./define-importer.js";
import type { ImportReport } from "./report.js";

/**
 * Runs an import to its end and returns every record with the finished report.
 *
 * @param run - A run from an importer's `import()`.
 * @returns The records, in emission order, and the report.
 * @example
 * ```ts
 * const { records, report } = await collect(IMPORTERS.icews.import(inputs));
 * ```
 */
export async function collect(
  run: ImportRun,
): Promise<{ records: StatecraftRecord[]; report: ImportReport }> {
  const records: StatecraftRecord[] = [];
  for await (const record of run) records.push(record);
  return { records, report: run.report };
}
