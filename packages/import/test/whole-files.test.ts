import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkWholeFolders,
  DOCUMENTED_WARNINGS,
  hasSharedData,
  SHARED_DATA,
} from "./whole-files.js";

describe("whole Office of the Historian folders", () => {
  it("import with zero validation errors and warnings only for documented quirks", {
    timeout: 60_000,
  }, async () => {
    if (!hasSharedData()) {
      // A clone without ../shared: the same check runs over the fixtures, laid out like the data.
      expect(existsSync(SHARED_DATA)).toBe(false);
      const fixtures = fileURLToPath(new URL("fixtures", import.meta.url));
      for (const result of await checkWholeFolders(fixtures)) {
        expect(result.report.imported).toBeGreaterThan(0);
        expect(result.problems).toEqual([]);
        expect(result.undocumented).toEqual([]);
      }
      return;
    }
    const [travels, visits] = await checkWholeFolders();
    for (const result of [travels!, visits!]) {
      expect(result.problems).toEqual([]);
      expect(result.undocumented).toEqual([]);
      expect(result.report.rows).toBe(
        result.report.imported + result.report.merged + result.report.skipped,
      );
    }
    // 4,271 trips (README), 4 recorded twice; the 157 of the 2023–2024 subset are read twice.
    expect(travels!.report).toMatchObject({
      imported: 4267,
      skipped: 0,
      mergedBy: { duplicate_trip: 4, same_trip_in_two_files: 157 },
    });
    // 3,264 visits (README); the 147 of the subset are read twice.
    expect(visits!.report).toMatchObject({
      imported: 3264,
      skipped: 0,
      mergedBy: { same_visit_in_two_files: 147 },
    });
    const codes = new Set(
      [...travels!.report.warnings, ...visits!.report.warnings]
        .filter((w) => w.severity === "warning")
        .map((w) => w.code),
    );
    expect([...codes].sort()).toEqual(Object.keys(DOCUMENTED_WARNINGS).sort());
  });
});
