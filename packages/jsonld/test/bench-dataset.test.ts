/**
 * The benchmark's generated dataset is valid, its references resolve to the right kinds, and its
 * export conforms to the shapes — so the benchmark measures realistic, valid data.
 */
import {
  createDatasetIndex,
  datasetRecords,
  RecordSchema,
  recordReferences,
  toDataset,
} from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { generateRecords, plan } from "../bench/generate-dataset.js";
import { toNQuadsString } from "../src/index.js";
import { validateNQuads } from "../src/test-utils/shacl.js";

describe("the generated benchmark dataset", () => {
  const dataset = toDataset([...generateRecords(600, 7)]);
  const records = datasetRecords(dataset);

  it("has the planned number of records of every type, all valid", () => {
    expect(records).toHaveLength(600);
    const counts = plan(600);
    expect(dataset.meetings).toHaveLength(counts.meeting);
    expect(dataset.tariffs).toHaveLength(counts.tariff);
    for (const record of records)
      expect(RecordSchema.safeParse(record).success, record.id).toBe(true);
  });

  it("has references that resolve to records of the right type and kind", () => {
    const index = createDatasetIndex(dataset);
    const wrong = records.flatMap((record) =>
      recordReferences(record).filter((ref) => {
        const target = index.get(ref.id);
        if (target?.type !== ref.target.type) return true;
        return (
          target.type === "actor" &&
          ref.target.kinds !== undefined &&
          !ref.target.kinds.includes(target.kind)
        );
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("is deterministic for a seed", () => {
    expect([...generateRecords(50, 7)]).toEqual([...generateRecords(50, 7)]);
    expect([...generateRecords(50, 8)]).not.toEqual([...generateRecords(50, 7)]);
  });

  it("exports to a graph that conforms to the shapes", async () => {
    const report = await validateNQuads(
      await toNQuadsString(dataset, { base: "https://data.example.org/bench/" }),
    );
    expect(report.violations.slice(0, 5)).toEqual([]);
  });
});
