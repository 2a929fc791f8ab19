import {
  createDatasetIndex,
  type DatasetIndex,
  issuesRaised,
  type StatecraftRecord,
  timeline,
} from "@statecraft/core";
import { beforeAll, describe, expect, test } from "vitest";
import { EXAMPLE_FILES } from "./example.js";
import { type PreparedDataset, preparedDataset } from "./prepared-dataset.js";
import { validateFiles } from "./validation.js";

let records: readonly StatecraftRecord[];
let index: DatasetIndex;
let prepared: PreparedDataset;

beforeAll(async () => {
  records = (await validateFiles(EXAMPLE_FILES)).records;
  index = createDatasetIndex(records);
  prepared = preparedDataset(records);
});

describe("preparedDataset", () => {
  test("looks records up like core's index", () => {
    expect(prepared.records).toHaveLength(records.length);
    for (const record of records) expect(prepared.get(record.id)).toBe(index.get(record.id));
    expect(prepared.getOf("actor", "antony-blinken")?.type).toBe("actor");
    expect(prepared.getOf("meeting", "antony-blinken")).toBeUndefined();
    expect(prepared.ofType("issue")).toEqual(index.ofType("issue"));
  });

  test("orders meetings as core's timeline, with each trip's legs right after the trip", () => {
    const order = prepared.meetings.map((m) => m.id);
    expect([...order].sort()).toEqual(
      timeline(index)
        .map((m) => m.id)
        .sort(),
    );
    const trips = prepared.meetings.filter((m) => prepared.factsOf(m).depth === 0);
    const coreTrips = timeline(index).filter((m) => m.parent === undefined || !index.has(m.parent));
    expect(trips.map((m) => m.id)).toEqual(coreTrips.map((m) => m.id));
    for (const [i, meeting] of prepared.meetings.entries()) {
      if (meeting.parent === undefined) continue;
      const parentAt = order.indexOf(meeting.parent);
      expect(parentAt).toBeLessThan(i);
      expect(prepared.factsOf(meeting).depth).toBe(
        prepared.factsOf(prepared.meetings[parentAt]!).depth + 1,
      );
    }
  });

  test("knows the issues each meeting raises (a trip raises its legs' issues) as core does", () => {
    for (const meeting of prepared.meetings) {
      expect([...prepared.factsOf(meeting).issues].sort()).toEqual(
        issuesRaised(index, meeting.id)
          .map((issue) => issue.id)
          .sort(),
      );
    }
  });

  test("knows who takes part in or is represented at each meeting, and whom tariffs name", () => {
    const call = prepared.getOf("meeting", "biden-xi-call-2024-04")!;
    const actors = prepared.factsOf(call).actors;
    expect(actors).toContain("xi-jinping");
    expect(actors).toContain("china"); // Xi represents China
    const tariff = prepared.ofType("tariff")[0]!;
    expect(prepared.tariffActors(tariff.id).has(tariff.imposer)).toBe(true);
  });
});
