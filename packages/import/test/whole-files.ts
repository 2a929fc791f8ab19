/**
 * The whole-file check: imports the complete Office of the Historian folders from
 * ../shared/data and validates the result.
 *
 * Validation here is core's RecordSchema plus core's recordReferences for dangling references
 * (see `problems` in helpers.ts). LEAD: once @statecraft/validate is merged, switch `problems`
 * to its API (structure + cross-record rules); this package must not depend on it, so the check
 * can move to packages/cli or a root script.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collect, type ImportReport } from "../src/index.js";
import { importFiles } from "../src/node.js";
import { problems } from "./helpers.js";

/** ../shared/data, resolved from the repository root. */
export const SHARED_DATA = fileURLToPath(new URL("../../../../shared/data", import.meta.url));

/** Warning codes that stand for quirks the data READMEs document; any other warning fails the check. */
export const DOCUMENTED_WARNINGS: Readonly<Record<string, string>> = {
  duplicate_trip: "hsg-travels README: the same trip recorded twice under different ids",
  trip_outside_term:
    "hsg-travels README: trips before taking office (Eisenhower 1952, Hoover 1928 as president-elect)",
  ambiguous_country_slug: "hsg-visits README: one slug, two entities (china)",
  country_slug_typo: "hsg-visits README: misspelt slug somoa",
  overlapping_visits: "hsg-visits README: overlapping records for the same visitor",
};

export interface WholeFileResult {
  readonly source: "hsg-travels" | "hsg-visits";
  readonly report: ImportReport;
  readonly problems: string[];
  readonly undocumented: string[];
  readonly seconds: number;
}

export async function checkWholeFolders(dataDir = SHARED_DATA): Promise<WholeFileResult[]> {
  const results: WholeFileResult[] = [];
  for (const [source, folder] of [
    ["hsg-travels", "hsg-travels"],
    ["hsg-visits", "hsg-visits"],
  ] as const) {
    const started = performance.now();
    const { records, report } = await collect(await importFiles(source, [`${dataDir}/${folder}`]));
    const seconds = (performance.now() - started) / 1000;
    const undocumented = report.warnings
      .filter((w) => w.severity === "warning" && !Object.hasOwn(DOCUMENTED_WARNINGS, w.code))
      .map((w) => `${w.code}: ${w.message}`);
    results.push({ source, report, problems: problems(records), undocumented, seconds });
  }
  return results;
}

export const hasSharedData = (): boolean =>
  existsSync(`${SHARED_DATA}/hsg-travels`) && existsSync(`${SHARED_DATA}/hsg-visits`);
