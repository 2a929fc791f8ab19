// The whole-file check of the HSG importers with the real validator: @statecraft/import may not
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
 * Warning codes that stand for quirks of the HSG data its READMEs document. Any other warning,
 * from the import report or from the validator, fails the check.
 */
const DOCUMENTED_QUIRKS: Readonly<Record<string, string>> = {
  duplicate_trip: "hsg-travels README: the same trip recorded twice under different ids",
  trip_outside_term:
    "hsg-travels README: trips before taking office (Eisenhower 1952, Hoover 1928 as president-elect)",
  ambiguous_country_slug: "hsg-visits README: one slug, two entities (china)",
  country_slug_typo: "hsg-visits README: misspelt slug somoa",
  overlapping_visits: "hsg-visits README: overlapping records for the same visitor",
};

const SOURCES: readonly ImporterName[] = ["hsg-travels", "hsg-visits"];
const shared = SOURCES.every((source) => existsSync(join(SHARED_DATA, source)));

describe(`the HSG importers over ${shared ? "the whole ../shared/data folders" : "their fixtures (../shared/data is absent)"}`, () => {
  it.each(SOURCES)(
    "%s: the records validate with @statecraft/validate, warnings only for documented quirks",
    { timeout: 120_000 },
    async (source) => {
      const folder = join(shared ? SHARED_DATA : FIXTURES, source);
      const { records, report } = await collect(await importFiles(source, [folder]));
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
      expect([...warnings].filter((code) => !Object.hasOwn(DOCUMENTED_QUIRKS, code))).toEqual([]);
    },
  );
});
