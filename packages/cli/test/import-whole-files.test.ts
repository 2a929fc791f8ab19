// The whole-file check of every importer with the real validator: @statecraft/import may not
// depend on @statecraft/validate (they are siblings), so the check lives here, where both meet.
// The import reports' figures (rows read, merged, skipped) are checked in
// packages/import/test/whole-files.test.ts.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { collect, type ImporterName } from "@statecraft/import";
import { importFiles } from "@statecraft/import/node";
import { safeValidateTexts } from "@statecraft/validate";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
/** ../shared/data, resolved from the repository root. */
const SHARED_DATA = join(ROOT, "../shared/data");
const FIXTURES = join(ROOT, "packages/import/test/fixtures");

/**
 * Each importer, the ../shared/data folder it reads whole, and the warning codes that stand for
 * quirks of that data documented in docs/importing-public-data.md (and the data READMEs). Any
 * other warning, from the import report or from the validator, fails the check; over the whole
 * folders, every code listed must occur (no stale entries).
 */
const WHOLE_FOLDERS: Readonly<
  Record<ImporterName, { folder: string; quirks: Readonly<Record<string, string>> }>
> = {
  "hsg-travels": {
    folder: "hsg-travels",
    quirks: {
      duplicate_trip: "README: the same trip recorded twice under different ids",
      trip_outside_term:
        "README: trips before taking office (Eisenhower 1952, Hoover 1928 as president-elect)",
    },
  },
  "hsg-visits": {
    folder: "hsg-visits",
    quirks: {
      ambiguous_country_slug: "README: one slug, two entities (china)",
      country_slug_typo: "README: misspelt slug somoa",
      overlapping_visits: "README: overlapping records for the same visitor",
    },
  },
  popolo: {
    folder: "everypolitician-popolo",
    quirks: {
      several_constituencies_in_one_term:
        "README: China NPC persons with memberships in several delegations (namesakes)",
    },
  },
  plover: {
    folder: "events-plover",
    quirks: {
      target_not_a_list: "README: target is a list, an empty string or absent",
      duplicate_event_id: "guide: PLOVER_GSR_CAMEO.json uses the id PLOVER-GSR01-COERCE-0004 twice",
    },
  },
  icews: { folder: "events-icews", quirks: {} },
  gdelt: {
    folder: "events-gdelt",
    quirks: {
      no_identified_participant:
        "guide: events whose actors are coded only by type (GOV, COP...) and no country",
      empty_input:
        "README: gdelt1-events-column-names.tsv is GDELT's column names, a header with no events",
    },
  },
  section301: {
    folder: "tariffs-us-china-tradewar-tracker",
    quirks: {
      hs_code_not_in_hs2022:
        "hs-harmonized-system README: 810790, 851712 and 854140 are HS 2017 codes not in HS 2022",
    },
  },
  usitc: {
    folder: "tariffs-usitc-tariff-database-2017",
    quirks: {
      hs_code_not_in_hs2022: "hs-harmonized-system README: HS 2017 subheadings not in HS 2022",
    },
  },
};

const SOURCES = Object.keys(WHOLE_FOLDERS) as ImporterName[];
const shared = SOURCES.every((source) =>
  existsSync(join(SHARED_DATA, WHOLE_FOLDERS[source].folder)),
);

describe(`every importer over ${shared ? "the whole ../shared/data folders" : "its fixtures (../shared/data is absent)"}`, () => {
  it.each(SOURCES)(
    "%s: the records validate with @statecraft/validate, warnings only for documented quirks",
    async (source) => {
      const { folder, quirks } = WHOLE_FOLDERS[source];
      const path = shared ? join(SHARED_DATA, folder) : join(FIXTURES, source);
      const { records, report } = await collect(await importFiles(source, [path]));
      expect(records.length).toBeGreaterThan(0);
      const result = await safeValidateTexts(
        [{ name: `${source}.ndjson`, text: records.map((r) => JSON.stringify(r)).join("\n") }],
        { maxProblems: 20 },
      );
      expect(result.stats.records).toBe(records.length);
      expect(result.problems.filter((p) => p.severity === "error").map((p) => p.message)).toEqual(
        [],
      );
      expect(result.stats.errors).toBe(0);
      const warnings = new Set([
        ...Object.keys(result.counts),
        ...report.warnings.filter((w) => w.severity === "warning").map((w) => w.code),
      ]);
      expect([...warnings].filter((code) => !Object.hasOwn(quirks, code))).toEqual([]);
      if (shared) expect([...warnings].sort()).toEqual(Object.keys(quirks).sort());
    },
  );
});
