import type { Actor, StatecraftRecord } from "@statecraft/core";
import { createDatasetIndex, dateBounds, meetingsBetween } from "@statecraft/core";
import { beforeAll, describe, expect, it } from "vitest";
import { cowCode, rowObject, tableLayout, tableRows } from "../src/index.js";
import { EXAMPLE, validRecords } from "./helpers.js";

let records: readonly StatecraftRecord[];
beforeAll(async () => {
  records = await validRecords([EXAMPLE]);
});

describe("dyad_years", () => {
  it("counts, for every pair and year, the held meetings core's meetingsBetween finds", () => {
    const layout = tableLayout("dyad_years")!;
    const rows = [...tableRows(layout, records)].map((row) => rowObject(layout, row));
    const index = createDatasetIndex(records);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const expected = meetingsBetween(index, row.state_a as string, row.state_b as string).filter(
        (m) =>
          m.status === "held" &&
          m.date !== undefined &&
          new Date(dateBounds(m.date).earliest).getUTCFullYear() === row.year,
      );
      expect(row.meetings, `${row.state_a}-${row.state_b} ${row.year}`).toBe(expected.length);
      expect(row.visits).toBe(
        expected.filter((m) => m.kind === "visit" || m.kind === "state_visit").length,
      );
      expect(row.calls).toBe(
        expected.filter((m) => m.kind === "phone_call" || m.kind === "video_call").length,
      );
      expect((row.state_a as string) < (row.state_b as string)).toBe(true);
    }
    expect(
      rows.find((row) => row.state_a === "china" && row.state_b === "usa" && row.year === 2023),
    ).toMatchObject({ iso_a: "CN", iso_b: "US", meetings: 3, visits: 1, summits: 1, calls: 1 });
  });

  it("reads Correlates of War codes from actor identifiers when present, and degrades to null", () => {
    const base = { id: "usa", type: "actor", kind: "state", name: "United States" };
    expect(
      cowCode({ ...base, identifiers: [{ scheme: "cow", value: "2" }] } as unknown as Actor),
    ).toBe(2);
    expect(cowCode({ ...base, identifiers: { cow: 2 } } as unknown as Actor)).toBe(2);
    expect(
      cowCode({ ...base, identifiers: [{ scheme: "wikidata", value: "Q30" }] } as unknown as Actor),
    ).toBeNull();
    expect(cowCode(base as Actor)).toBeNull();
    expect(cowCode(undefined)).toBeNull();
  });
});
