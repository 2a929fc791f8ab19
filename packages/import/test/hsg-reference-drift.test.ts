import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildHsgReference, renderHsgReference } from "../scripts/hsg-reference.js";
import { HSG_COUNTRIES, HSG_PRESIDENTS, HSG_SECRETARIES } from "../src/generated/hsg-reference.js";
import { hasSharedData, SHARED_DATA } from "./whole-files.js";

describe("the shipped HSG reference tables", () => {
  it("match what scripts/generate-hsg-reference.ts builds from ../shared/data (or, without it, hold the known entries)", async () => {
    if (hasSharedData()) {
      const committed = readFileSync(
        fileURLToPath(new URL("../src/generated/hsg-reference.ts", import.meta.url)),
        "utf8",
      );
      expect(renderHsgReference(await buildHsgReference(SHARED_DATA))).toBe(committed);
    }
    // Counts from the data READMEs: 215 countries, 47 president entries, 73 Secretaries.
    expect([HSG_COUNTRIES.length, HSG_PRESIDENTS.length, HSG_SECRETARIES.length]).toEqual([
      215, 47, 73,
    ]);
    expect(HSG_SECRETARIES).toContainEqual(["blinken-antony-j", "2021-01-26", "2025-01-20"]);
    expect(HSG_PRESIDENTS.filter(([who]) => who === "cleveland-grover").map(([, n]) => n)).toEqual([
      22, 24,
    ]);
  });
});
