import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildEventReference, renderEventReference } from "../scripts/event-reference.js";
import { CAMEO_PLOVER, FIPS_ISO } from "../src/generated/event-reference.js";
import { hasSharedData, SHARED_DATA } from "./whole-files.js";

describe("the shipped event reference tables", () => {
  it("match what scripts/generate-event-reference.ts builds from ../shared/data (or, without it, hold the known entries)", async () => {
    if (hasSharedData()) {
      const committed = readFileSync(
        fileURLToPath(new URL("../src/generated/event-reference.ts", import.meta.url)),
        "utf8",
      );
      expect(renderEventReference(await buildEventReference(SHARED_DATA))).toBe(committed);
    }
    // 276 rows (events-plover README), the table's own quirks kept: 175 twice, root 08 mapped to
    // both CONCEDE and RETREAT, a context of two values.
    expect(CAMEO_PLOVER).toHaveLength(276);
    expect(CAMEO_PLOVER.filter(([code]) => code === "175")).toHaveLength(2);
    expect(CAMEO_PLOVER.filter(([code]) => code === "08").map(([, event]) => event)).toEqual([
      "CONCEDE",
      "RETREAT",
    ]);
    expect(CAMEO_PLOVER.find(([code]) => code === "091")?.[3]).toBe("crime; corruption");
    expect(CAMEO_PLOVER.find(([code]) => code === "036")).toEqual([
      "036",
      "AGREE",
      "",
      "diplomatic",
      "Express intent to meet or negotiate",
      31,
    ]);
    // FIPS: China is CH, Namibia WA; Caribbean Netherlands' claim on NL loses to the Netherlands.
    const fips = new Map(FIPS_ISO);
    expect([fips.get("CH"), fips.get("WA"), fips.get("NL"), fips.get("KV")]).toEqual([
      "CN",
      "NA",
      "NL",
      undefined,
    ]);
  });
});
