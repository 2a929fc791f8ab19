/**
 * The whole-file check: imports the complete data folders of ../shared/data with every importer,
 * checks the reports, and checks the records.
 *
 * The records of `hsg-travels` and `hsg-visits` are validated with @statecraft/validate
 * (structure and every cross-record rule) in packages/cli/test/import-whole-files.test.ts: this
 * package may not depend on its sibling. The other importers' records are checked here with
 * core's RecordSchema and recordReferences (see `problems` in helpers.ts).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collect, type ImporterName, type ImportReport } from "../src/index.js";
import { importFiles } from "../src/node.js";
import { problems } from "./helpers.js";

/** ../shared/data, resolved from the repository root. */
export const SHARED_DATA = fileURLToPath(new URL("../../../../shared/data", import.meta.url));

/** Warning codes that stand for quirks the data READMEs (or our guide) document; any other warning fails the check. */
export const DOCUMENTED_WARNINGS: Readonly<Record<string, string>> = {
  duplicate_trip: "hsg-travels README: the same trip recorded twice under different ids",
  trip_outside_term:
    "hsg-travels README: trips before taking office (Eisenhower 1952, Hoover 1928 as president-elect)",
  ambiguous_country_slug: "hsg-visits README: one slug, two entities (china)",
  country_slug_typo: "hsg-visits README: misspelt slug somoa",
  overlapping_visits: "hsg-visits README: overlapping records for the same visitor",
  several_constituencies_in_one_term:
    "everypolitician-popolo README: China NPC persons with memberships in several delegations (namesakes)",
  target_not_a_list: "events-plover README: target is a list, an empty string or absent",
  duplicate_event_id: "guide: PLOVER_GSR_CAMEO.json uses the id PLOVER-GSR01-COERCE-0004 twice",
  no_identified_participant:
    "guide: GDELT events whose actors are coded only by type (GOV, COP...) and no country",
  hs_code_not_in_hs2022:
    "hs-harmonized-system README: 810790, 851712 and 854140 (and other HS 2017 codes) are not in HS 2022",
};

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

/** The importers whose whole-file records packages/cli/test/import-whole-files.test.ts validates. */
export const VALIDATED_IN_CLI: ReadonlySet<ImporterName> = new Set(["hsg-travels", "hsg-visits"]);

export interface WholeFileResult {
  readonly source: ImporterName;
  readonly report: ImportReport;
  /** Structural and reference problems; `undefined` for the importers validated in the CLI's test. */
  readonly problems: string[] | undefined;
  readonly undocumented: string[];
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
    const { records, report } = await collect(await importFiles(source, [path]));
    const seconds = (performance.now() - started) / 1000;
    const undocumented = report.warnings
      .filter((w) => w.severity === "warning" && !Object.hasOwn(DOCUMENTED_WARNINGS, w.code))
      .map((w) => `${w.code}: ${w.message}`);
    results.push({
      source,
      report,
      problems: VALIDATED_IN_CLI.has(source) ? undefined : problems(records),
      undocumented,
      seconds,
    });
  }
  return results;
}

export const hasSharedData = (): boolean =>
  WHOLE_FOLDERS.every(([, folder]) => existsSync(`${SHARED_DATA}/${folder}`));
