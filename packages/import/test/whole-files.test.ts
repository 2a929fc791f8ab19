import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkWholeFolders,
  hasSharedData,
  WHOLE_FOLDERS,
  type WholeFileResult,
} from "./whole-files.js";

/**
 * The figures each importer gives for the whole ../shared/data folders (data READMEs give the row
 * counts). The records are validated, and the warnings checked against the documented quirks, by
 * packages/cli/test/import-whole-files.test.ts.
 */
const WANT: Record<string, Partial<WholeFileResult["report"]>> = {
  // 4,271 trips (README), 4 recorded twice; the 157 of the 2023–2024 subset are read twice.
  "hsg-travels": {
    imported: 4267,
    skipped: 0,
    mergedBy: { duplicate_trip: 4, same_trip_in_two_files: 157 },
  },
  // 3,264 visits (README); the 147 of the subset are read twice.
  "hsg-visits": { imported: 3264, skipped: 0, mergedBy: { same_visit_in_two_files: 147 } },
  // 3,216 persons and 12 organisations imported; 3,354 memberships (2,987 + 299 + 68) as offices.
  popolo: {
    rows: 6584,
    imported: 3228,
    mergedBy: { membership_as_office: 3354 },
    skippedBy: { not_a_party: 1, placeholder_party: 1 },
  },
  // 323 records: 11 CONSULT and 5 AGREE-to-meet are meetings.
  plover: {
    rows: 323,
    imported: 16,
    skippedBy: { document_record: 1, duplicate_event_id: 1, not_a_meeting: 305 },
  },
  // 604 events: 489 meeting codes folded into 186 meetings; 115 other codes.
  icews: {
    rows: 604,
    imported: 186,
    mergedBy: { mirrored_event: 219, same_meeting_reported_again: 84 },
    skippedBy: { not_a_meeting: 115 },
  },
  // 710 events (509 rows of 58 fields, 201 of 57).
  gdelt: {
    rows: 710,
    imported: 133,
    mergedBy: { same_meeting_reported_again: 39 },
    skippedBy: { no_identified_participant: 25, not_a_meeting: 513 },
  },
  // 427 US rows and 732 Chinese rows (61 HS6 × 7 and × 12 dates); the annex is not tariffs.
  // 870380 (electric vehicles): China's 2018-07-06 round lifted on 2019-01-02.
  section301: {
    rows: 1159,
    imported: 195,
    merged: 319,
    skipped: 645,
    mergedBy: { additional_duty_lifted: 1, rate_unchanged: 318 },
  },
  // 345 lines: 330 with a rate.
  usitc: { rows: 345, imported: 330, skippedBy: { no_rate: 15 } },
};

describe("whole data folders", () => {
  it("import with every row counted: imported, merged or skipped", {
    timeout: 120_000,
  }, async () => {
    const shared = hasSharedData();
    const results = shared
      ? await checkWholeFolders()
      : // A clone without ../shared: the same check runs over the fixtures, one folder per importer.
        await checkWholeFolders(fileURLToPath(new URL("fixtures", import.meta.url)), {
          fixtures: true,
        });
    expect(results.map((r) => r.source)).toEqual(WHOLE_FOLDERS.map(([source]) => source));
    for (const result of results) {
      expect(result.report.imported, result.source).toBeGreaterThan(0);
      expect(result.report.rows, result.source).toBe(
        result.report.imported + result.report.merged + result.report.skipped,
      );
      if (shared) expect(result.report, result.source).toMatchObject(WANT[result.source]!);
    }
  });
});
