/**
 * The whole-file check of the import reports: imports the complete data folders of
 * ../shared/data with every importer and gives each report (rows read, imported, merged,
 * skipped, warnings).
 *
 * The records themselves are validated with @statecraft/validate (structure and every
 * cross-record rule), and the warnings checked against each importer's documented quirks, in
 * packages/cli/test/import-whole-files.test.ts: this package may not depend on its sibling.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collect, type ImporterName, type ImportReport } from "../src/index.js";
import { importFiles } from "../src/node.js";

/** ../shared/data, resolved from the repository root. */
export const SHARED_DATA = fileURLToPath(new URL("../../../../shared/data", import.meta.url));

/** Each importer and the ../shared/data folder (or fixtures folder) it reads whole. */
export const WHOLE_FOLDERS: readonly (readonly [source: ImporterName, folder: string])[] = [
  ["hsg-travels", "hsg-travels"],
  ["hsg-visits", "hsg-visits"],
  ["popolo", "everypolitician-popolo"],
  ["plover", "events-plover"],
  ["icews", "events-icews"],
  ["gdelt", "events-gdelt"],
  ["section301", "tariffs-us-china-tradewar-tracker"],
  ["usitc", "tariffs-usitc-tariff-database-2017"],
];

export interface WholeFileResult {
  readonly source: ImporterName;
  readonly report: ImportReport;
  readonly seconds: number;
}

/**
 * Imports each folder whole. With `fixtures`, the importers' fixture folders (named after the
 * importers) stand in for ../shared/data.
 */
export async function checkWholeFolders(
  dataDir = SHARED_DATA,
  { fixtures = false } = {},
): Promise<WholeFileResult[]> {
  const results: WholeFileResult[] = [];
  for (const [source, folder] of WHOLE_FOLDERS) {
    const started = performance.now();
    const path = `${dataDir}/${fixtures ? source : folder}`;
    const { report } = await collect(await importFiles(source, [path]));
    const seconds = (performance.now() - started) / 1000;
    results.push({ source, report, seconds });
  }
  return results;
}

export const hasSharedData = (): boolean =>
  WHOLE_FOLDERS.every(([, folder]) => existsSync(`${SHARED_DATA}/${folder}`));
